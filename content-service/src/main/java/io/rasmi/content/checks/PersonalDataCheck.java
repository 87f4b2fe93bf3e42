package io.rasmi.content.checks;

import java.util.ArrayList;
import java.util.List;

import io.rasmi.platform.web.DomainNames;
import io.rasmi.text.personaldata.PersonalDataMatch;
import io.rasmi.text.personaldata.PersonalDataScanner;

/**
 * Personal phone numbers, private e-mail addresses and national ID numbers in the title, the body and media
 * descriptions (G6.i, G8.5): BLOCKER. An address on the entity's domains or under gov.iq is official.
 */
final class PersonalDataCheck {

    private PersonalDataCheck() {
    }

    static List<Finding> run(DraftForChecks draft) {
        List<Finding> findings = new ArrayList<>();
        for (TextFields field : TextFields.of(draft)) {
            for (PersonalDataMatch match : PersonalDataScanner.scan(field.text(),
                    email -> DomainNames.isOfficialEmail(email, draft.entityDomains()))) {
                findings.add(Finding.of(ContentCheck.PERSONAL_DATA, field.field(),
                        "personal-data." + match.kind().name().toLowerCase().replace('_', '-'))
                        .at(field.text(), match.start(), match.end()).build());
            }
        }
        return findings;
    }
}
