package io.rasmi.account.devices;

/** The kinds of government device the register keeps (G6.h2). */
public enum DeviceKind {
    PHONE,
    COMPUTER,
    TABLET
}
