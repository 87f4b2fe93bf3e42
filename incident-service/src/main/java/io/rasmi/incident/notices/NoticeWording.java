package io.rasmi.incident.notices;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;

/**
 * Renders a notice, Arabic first then English, from the Qute templates {@code templates/notices/subject.txt} and
 * {@code body.txt} and the wording of codes in {@code io/rasmi/incident/notices/wording.properties}.
 */
@ApplicationScoped
public class NoticeWording {

    private static final ZoneId BAGHDAD = ZoneId.of("Asia/Baghdad");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Properties WORDS = load("io/rasmi/incident/notices/wording.properties");

    @Inject
    @Location("notices/subject.txt")
    Template subject;

    @Inject
    @Location("notices/body.txt")
    Template body;

    /** The rendered subject (one line) and body of a notice. */
    public record Rendered(String subject, String body) {
    }

    public Rendered render(NoticeKind kind, NoticeFacts facts, String detail) {
        Model model = new Model(word("kind", kind.name(), "ar"), word("kind", kind.name(), "en"), facts.reference(),
                facts.entity(), word("type", facts.type(), "ar"), word("type", facts.type(), "en"),
                word("severity", facts.severity(), "ar"), word("severity", facts.severity(), "en"),
                facts.accountHandles(), TIME.format(facts.occurredAt().atZone(BAGHDAD)),
                TIME.format(facts.occurredAt().atZone(ZoneId.of("UTC"))), facts.summary(),
                detail == null || detail.isBlank() ? null : detail.strip());
        // A subject is one line whatever the facts hold.
        String line = subject.data("n", model).render().strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
        return new Rendered(line, body.data("n", model).render());
    }

    private static String word(String group, String code, String language) {
        return WORDS.getProperty(group + "." + code + "." + language, code);
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = NoticeWording.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the templates see as {@code n}. */
    @TemplateData
    public record Model(String kindAr, String kindEn, String reference, String entity, String typeAr, String typeEn,
            String severityAr, String severityEn, List<String> handles, String timeBaghdad, String timeUtc,
            String summary, String detail) {
    }
}
