package io.rasmi.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.jboss.logging.Logger;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The test JVM's mail server: a real SMTP server (GreenMail, {@code com.icegreen:greenmail}) on 127.0.0.1, on a free
 * port chosen at the first start and kept across {@link #stop()} and {@link #start()}, so a test can take SMTP away
 * and bring it back to see what an outage does. Every recipient is accepted (authentication off) and gets a mailbox;
 * tests read what arrived with {@link #messagesTo(String)} and {@link ReceivedMail}. A restart empties the mailboxes.
 * One per JVM, whatever the class loader (see {@link JvmWide}); only JDK types cross over.
 */
public final class MailServer {

    private static final Logger LOG = Logger.getLogger(MailServer.class);
    private static final Class<?> OWNER = JvmWide.ownerOf(MailServer.class);
    private static final String HOST = "127.0.0.1";

    private static GreenMail greenMail;
    private static int smtpPort;

    private MailServer() {
    }

    /** Starts the server if it is not running (after {@link #stop()}: on the same port); answers its SMTP port. */
    public static int start() {
        if (OWNER != null) {
            return (Integer) JvmWide.call(OWNER, "startHere", new Class<?>[0]);
        }
        return startHere();
    }

    /** Stops the server: connections are refused until {@link #start()}. The port stays reserved for it. */
    public static void stop() {
        if (OWNER != null) {
            JvmWide.call(OWNER, "stopHere", new Class<?>[0]);
            return;
        }
        stopHere();
    }

    /** The SMTP port; starts the server if it was never started. */
    public static int smtpPort() {
        if (OWNER != null) {
            return (Integer) JvmWide.call(OWNER, "smtpPortHere", new Class<?>[0]);
        }
        return smtpPortHere();
    }

    /** The raw RFC 5322 messages delivered to {@code address}'s mailbox, oldest first (read them with {@link ReceivedMail}). */
    @SuppressWarnings("unchecked")
    public static List<byte[]> messagesTo(String address) {
        if (OWNER != null) {
            return (List<byte[]>) JvmWide.call(OWNER, "messagesToHere", new Class<?>[] { String.class }, address);
        }
        return messagesToHere(address);
    }

    /** Every delivery since the last purge or restart: one per recipient and message. */
    @SuppressWarnings("unchecked")
    public static List<byte[]> allMessages() {
        if (OWNER != null) {
            return (List<byte[]>) JvmWide.call(OWNER, "messagesToHere", new Class<?>[] { String.class },
                    (Object) null);
        }
        return messagesToHere(null);
    }

    /** Empties every mailbox. */
    public static void purge() {
        if (OWNER != null) {
            JvmWide.call(OWNER, "purgeHere", new Class<?>[0]);
            return;
        }
        purgeHere();
    }

    static synchronized int startHere() {
        if (greenMail != null && greenMail.isRunning()) {
            return smtpPort;
        }
        if (smtpPort == 0) {
            smtpPort = freePort();
        }
        greenMail = new GreenMail(new ServerSetup(smtpPort, HOST, ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        LOG.infof("SMTP server (GreenMail) on %s:%d", HOST, smtpPort);
        return smtpPort;
    }

    static synchronized void stopHere() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
            LOG.infof("SMTP server on %s:%d stopped", HOST, smtpPort);
        }
    }

    static synchronized int smtpPortHere() {
        return smtpPort == 0 ? startHere() : smtpPort;
    }

    static synchronized List<byte[]> messagesToHere(String address) {
        List<byte[]> messages = new ArrayList<>();
        if (greenMail == null) {
            return messages;
        }
        greenMail.findReceivedMessages(user -> address == null || address.equalsIgnoreCase(user.getEmail()),
                message -> true).forEach(message -> messages.add(bytes(message)));
        return messages;
    }

    static synchronized void purgeHere() {
        if (greenMail == null) {
            return;
        }
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("Cannot purge the test mailboxes", e);
        }
    }

    private static byte[] bytes(MimeMessage message) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("Cannot read a received message", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the SMTP server", e);
        }
    }
}
