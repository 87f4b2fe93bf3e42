package io.rasmi.console.accounts;

import io.rasmi.console.services.AccountApi;
import io.rasmi.console.services.ListPage;
import io.rasmi.console.web.ServiceProblemException;
import io.rasmi.console.web.ServiceCalls;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Reads what the accounts screens show from account-service, as the signed-in user. */
@RequestScoped
public class AccountFiles {

    /** The platforms the register form offers; the same names as account-service's {@code Platform}. */
    static final List<String> PLATFORMS = List.of("FACEBOOK", "X", "INSTAGRAM", "YOUTUBE", "TIKTOK", "TELEGRAM",
            "LINKEDIN", "THREADS", "SNAPCHAT", "WHATSAPP_CHANNEL");

    private static final int MAX_PAGE = 200;

    @RestClient
    AccountApi accounts;

    @Inject
    ServiceCalls calls;

    /** The entity's accounts, newest first, each with its posture when the posture lists it (not archived). */
    List<RegisterLine> register() {
        Supplier<AccountApi.EntityPosture> entityPosture = calls.start(accounts::posture);
        ListPage<AccountApi.Account> page = accounts.accounts(0, MAX_PAGE, "-createdAt");
        Map<UUID, AccountApi.AccountPosture> posture = entityPosture.get().accounts().stream()
                .collect(Collectors.toMap(AccountApi.AccountPosture::accountId, Function.identity(), (a, b) -> a));
        return page.items().stream().map(account -> {
            AccountApi.AccountPosture line = posture.get(account.id());
            return line == null ? new RegisterLine(account, null, List.of())
                    : new RegisterLine(account, line.score(), line.failingClauses());
        }).toList();
    }

    /** The account and the parts of its file, asked side by side; a part not there yet is shown as missing. */
    AccountFile file(UUID id) {
        Supplier<AccountApi.PostureReport> posture = calls.start(() -> orNull(() -> accounts.posture(id)));
        Supplier<List<AccountApi.RoleHolder>> holders = calls.start(
                () -> orEmpty(() -> accounts.roleHolders(id, MAX_PAGE).items()));
        Supplier<AccountApi.TwoFactor> twoFactor = calls.start(() -> orNull(() -> accounts.twoFactor(id)));
        Supplier<List<AccountApi.Review>> reviews = calls.start(() -> orEmpty(() -> accounts.reviews(id, 20).items()));
        Supplier<List<AccountApi.Rotation>> rotations = calls.start(() -> orNull(() -> accounts.rotations(id, 1)
                .items()));
        Supplier<List<AccountApi.StaffMember>> staff = calls.start(
                () -> orEmpty(() -> accounts.staff(true, MAX_PAGE).items()));
        AccountApi.Account account = accounts.account(id);
        List<AccountApi.Rotation> lastRotation = rotations.get();
        return new AccountFile(account, posture.get(), holders.get(), twoFactor.get(), reviews.get(),
                lastRotation == null || lastRotation.isEmpty() ? null : lastRotation.get(0), staff.get());
    }

    /** A part of the file that is not there yet (no two-factor bound: 404) is shown as missing, not as an error. */
    private static <T> T orNull(Supplier<T> read) {
        try {
            return read.get();
        } catch (ServiceProblemException missing) {
            return null;
        }
    }

    private static <T> List<T> orEmpty(Supplier<List<T>> read) {
        List<T> items = orNull(read);
        return items == null ? List.of() : items;
    }
}
