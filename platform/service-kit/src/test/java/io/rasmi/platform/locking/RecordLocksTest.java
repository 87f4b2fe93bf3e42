package io.rasmi.platform.locking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.platform.testapp.TestNote;

@QuarkusTest
class RecordLocksTest {

    @Inject
    RecordLocks recordLocks;

    @Inject
    EntityManager entityManager;

    private static List<UUID> notes(String entity, int count) {
        List<UUID> ids = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                TestNote note = new TestNote();
                note.id = UUID.randomUUID();
                note.entity = entity;
                note.title = "lock-" + i;
                note.persist();
                ids.add(note.id);
            }
        });
        return ids;
    }

    @Test
    void shouldLockTheMatchingRecordsInTheDatabasesIdOrder() {
        List<UUID> own = notes("moh", 5);
        List<UUID> others = notes("mohe", 1);
        List<UUID> asked = new ArrayList<>(own);
        asked.addAll(others);
        asked.add(UUID.randomUUID());

        List<UUID> locked = QuarkusTransaction.requiringNew().call(() -> recordLocks
                .inIdOrder(TestNote.class, asked, "entity = :entity", Map.of("entity", "moh")).stream()
                .map(note -> note.id).toList());

        List<UUID> databaseOrder = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select cast(id as text) from test_note where id in (?1) order by id")
                .setParameter(1, own).getResultList()).stream().map(id -> UUID.fromString(id.toString())).toList();
        assertThat(locked).containsExactlyElementsOf(databaseOrder).containsExactlyInAnyOrderElementsOf(own);
    }

    @Test
    void shouldHoldTheLocksUntilTheTransactionEnds() {
        List<UUID> ids = notes("moh", 2);
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(recordLocks.inIdOrder(TestNote.class, ids)).hasSize(2);
            // another transaction cannot take the same rows meanwhile
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("select id from test_note where id = ?1 for update nowait")
                    .setParameter(1, ids.get(1)).getResultList()))
                    .hasStackTraceContaining("could not obtain lock");
        });
    }
}
