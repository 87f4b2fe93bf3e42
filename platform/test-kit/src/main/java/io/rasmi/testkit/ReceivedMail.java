package io.rasmi.testkit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * A message as the {@link MailServer} received it, decoded by Jakarta Mail the way a mail client would: the subject
 * (RFC 2047 words decoded), sender, recipients, the text body and its content type.
 */
public record ReceivedMail(String subject, String from, List<String> to, List<String> cc, String text,
        String textContentType) {

    public static ReceivedMail parse(byte[] raw) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
            Part text = textPart(message);
            return new ReceivedMail(message.getSubject(), addresses(message.getFrom()).stream().findFirst().orElse(null),
                    addresses(message.getRecipients(Message.RecipientType.TO)),
                    addresses(message.getRecipients(Message.RecipientType.CC)),
                    text == null ? null : (String) text.getContent(), text == null ? null : text.getContentType());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot read the received message", e);
        }
    }

    public static List<ReceivedMail> parseAll(List<byte[]> raw) {
        return raw.stream().map(ReceivedMail::parse).toList();
    }

    private static Part textPart(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                Part found = textPart(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static List<String> addresses(Address[] addresses) {
        List<String> list = new ArrayList<>();
        if (addresses != null) {
            for (Address address : addresses) {
                list.add(address instanceof InternetAddress internet ? internet.getAddress() : address.toString());
            }
        }
        return list;
    }
}
