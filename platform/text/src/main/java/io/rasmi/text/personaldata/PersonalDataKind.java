package io.rasmi.text.personaldata;

/** What kind of personal data a {@link PersonalDataMatch} is (G6.i, G8.5). */
public enum PersonalDataKind {
    /** A mobile (personal) phone number; landlines and short codes of a body are not personal. */
    PHONE_NUMBER,
    /** An e-mail address that is not on an official domain. */
    EMAIL_ADDRESS,
    /** The 12-digit number of an Iraqi unified national card. */
    NATIONAL_ID
}
