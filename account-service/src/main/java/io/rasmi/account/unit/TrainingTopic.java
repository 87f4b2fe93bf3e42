package io.rasmi.account.unit;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Training a member of the unit can complete. */
public enum TrainingTopic {
    HATE_SPEECH,
    BIAS,
    PERSONAL_DATA,
    EXTERNAL_LINKS,
    SECURITY_AWARENESS;

    /**
     * What G7.6 asks of the staff who reply to the public: bias and hate speech of every kind, publishing personal
     * data, and links to other platforms.
     */
    public static final Set<TrainingTopic> PUBLIC_INTERACTION =
            Collections.unmodifiableSet(EnumSet.of(HATE_SPEECH, BIAS, PERSONAL_DATA, EXTERNAL_LINKS));
}
