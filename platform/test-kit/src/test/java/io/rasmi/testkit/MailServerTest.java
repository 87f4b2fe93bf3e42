package io.rasmi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

/** The kit's SMTP server takes real SMTP, keeps each recipient's mail, and can be taken away and brought back. */
class MailServerTest {

    @Test
    void shouldReceiveOverSmtpAndKeepEachRecipientsMail() throws Exception {
        MailServer.start();
        MailServer.purge();

        send("[رسمي] بلاغ | [Rasmi] notice", "نص عربي\nEnglish text", "a@moh.gov.iq", "b@moh.gov.iq");

        List<ReceivedMail> toA = ReceivedMail.parseAll(MailServer.messagesTo("a@moh.gov.iq"));
        assertEquals(1, toA.size());
        assertEquals("[رسمي] بلاغ | [Rasmi] notice", toA.get(0).subject());
        assertEquals(List.of("a@moh.gov.iq", "b@moh.gov.iq"), toA.get(0).to());
        assertTrue(toA.get(0).text().startsWith("نص عربي"), toA.get(0).text());
        assertEquals(1, MailServer.messagesTo("b@moh.gov.iq").size());
        assertEquals(2, MailServer.allMessages().size());
        assertEquals(0, MailServer.messagesTo("c@moh.gov.iq").size());
    }

    @Test
    void shouldRefuseConnectionsWhileStoppedAndComeBackOnTheSamePort() throws Exception {
        int port = MailServer.start();
        MailServer.stop();
        try {
            assertThrows(MessagingException.class, () -> send("down", "down", "a@moh.gov.iq"));
        } finally {
            assertEquals(port, MailServer.start());
        }
        send("back", "back", "d@moh.gov.iq");
        assertEquals("back", ReceivedMail.parse(MailServer.messagesTo("d@moh.gov.iq").get(0)).subject());
    }

    private static void send(String subject, String text, String... to) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(MailServer.smtpPort()));
        properties.put("mail.smtp.connectiontimeout", "5000");
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("rasmi-notices@rasmi.local"));
        for (String address : to) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(address));
        }
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(text, StandardCharsets.UTF_8.name());
        Transport.send(message);
    }
}
