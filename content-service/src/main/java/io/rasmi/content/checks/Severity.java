package io.rasmi.content.checks;

/** How a finding weighs: a BLOCKER stops submission, a WARNING is for the author and the approver to judge. */
public enum Severity {
    BLOCKER,
    WARNING
}
