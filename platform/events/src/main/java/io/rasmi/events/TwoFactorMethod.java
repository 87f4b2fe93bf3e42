package io.rasmi.events;

/** How the second factor of an official account is delivered (G6.b). */
public enum TwoFactorMethod {
    SMS,
    AUTHENTICATOR_APP,
    SECURITY_KEY
}
