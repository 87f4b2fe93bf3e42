package io.rasmi.console.accounts;

import io.rasmi.console.services.AccountApi;
import java.util.List;

/** One line of the register: the account and, when the posture knows it, its score and failing clauses. */
public record RegisterLine(AccountApi.Account account, Integer score, List<String> failingClauses) {
}
