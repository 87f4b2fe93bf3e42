package io.rasmi.account.registry;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Fills the search text of accounts written before the column existed (V42). Every replica may run it: the value is
 * a pure function of the row, and rows already filled are not touched.
 */
@ApplicationScoped
public class AccountSearchText {

    private static final Logger LOG = Logger.getLogger(AccountSearchText.class);
    private static final int BATCH = 500;

    void onStart(@Observes StartupEvent started) {
        int filled = 0;
        int batch;
        do {
            batch = fillBatch();
            filled += batch;
        } while (batch == BATCH);
        if (filled > 0) {
            LOG.infof("Filled the search text of %d account(s)", filled);
        }
    }

    @Transactional
    int fillBatch() {
        List<OfficialAccount> accounts = OfficialAccount.<OfficialAccount> find("searchText is null")
                .page(0, BATCH).list();
        for (OfficialAccount account : accounts) {
            // A bulk update keeps version and updatedAt: the account itself did not change.
            OfficialAccount.update("searchText = ?1 where id = ?2", OfficialAccount.searchTextOf(account.handle,
                    account.displayNameAr, account.displayNameEn), account.id);
        }
        return accounts.size();
    }
}
