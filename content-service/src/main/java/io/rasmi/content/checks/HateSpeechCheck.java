package io.rasmi.content.checks;

import java.util.ArrayList;
import java.util.List;

import io.rasmi.text.lexicon.Lexicon;
import io.rasmi.text.lexicon.LexiconMatch;

/**
 * Hate speech and insults from the curated lexicon of {@code platform/text} (Arabic with Iraqi dialect, English),
 * matched after Arabic normalisation, in the title, the body and media descriptions (G4.3.j): BLOCKER.
 */
final class HateSpeechCheck {

    private HateSpeechCheck() {
    }

    static List<Finding> run(DraftForChecks draft) {
        Lexicon lexicon = Lexicon.hateSpeech();
        List<Finding> findings = new ArrayList<>();
        for (TextFields field : TextFields.of(draft)) {
            for (LexiconMatch match : lexicon.find(field.text())) {
                findings.add(Finding.of(ContentCheck.HATE_SPEECH, field.field(),
                        "hate-speech." + match.category().toLowerCase())
                        .at(field.text(), match.start(), match.end()).build());
            }
        }
        return findings;
    }
}
