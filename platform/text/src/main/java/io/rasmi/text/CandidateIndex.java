package io.rasmi.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Narrows the names a query may resemble before {@link NameSimilarity} compares them, so that a search costs a few
 * comparisons instead of one per name held (blocking, as record linkage calls it).
 *
 * <p>Each distinct name is indexed once, with the keys (accounts, say) that carry it, under the character trigrams
 * of the two forms {@link NameSimilarity} compares across spellings: the confusable skeleton ({@code M0H_lraq} and
 * {@code moh_iraq} share it) and the Latin consonant skeleton ({@code وزارة الصحة} and {@code wzara alsha} share
 * it), both without generic words when the name has them (every ministry shares "وزارة" and "iraq", so they say
 * nothing about which one a name copies). A name with generic words is also indexed under its whole forms, which
 * {@link NameSimilarity} compares only for equality. A query is scored against the names it shares trigrams with
 * by the Dice coefficient of the two trigram sets, and the best {@code limit} names are returned.
 *
 * <p>This is a filter, not a guarantee: a pair that {@link NameSimilarity} finds alike shares most of its trigrams
 * (a confusable letter or a typo changes three of them), but two names alike only by the Jaro-Winkler half of the
 * score, with no three letters in common, are not found. Thread-safe: many readers, one writer at a time.
 *
 * @param <K> what carries the names, such as an account id
 */
public final class CandidateIndex<K> {

    private static final int GRAM = 3;

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    /** Slot of each distinct name, by the name as written. */
    private final Map<String, Integer> slotOfName = new HashMap<>();
    private final List<Entry<K>> slots = new ArrayList<>();
    private final List<Integer> freeSlots = new ArrayList<>();
    private final Map<String, BitSet> postings = new HashMap<>();
    private final Map<K, Set<String>> namesOfKey = new HashMap<>();

    /** A name that may resemble the query, the keys that carry it, and how many trigrams they share (0 to 1). */
    public record Candidate<K>(ComparableName name, Set<K> keys, double overlap) {
    }

    /** A distinct name, its trigrams, and the keys carrying it. */
    private record Entry<K>(ComparableName name, Set<String> grams, Set<K> keys) {
    }

    /** Sets the names {@code key} carries, replacing those it carried before; blank names are left out. */
    public void put(K key, Collection<String> names) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                wanted.add(name.strip());
            }
        }
        lock.writeLock().lock();
        try {
            Set<String> before = namesOfKey.getOrDefault(key, Set.of());
            for (String name : before) {
                if (!wanted.contains(name)) {
                    release(key, name);
                }
            }
            for (String name : wanted) {
                if (!before.contains(name)) {
                    hold(key, name);
                }
            }
            if (wanted.isEmpty()) {
                namesOfKey.remove(key);
            } else {
                namesOfKey.put(key, wanted);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Forgets {@code key} and the names only it carried. */
    public void remove(K key) {
        put(key, List.of());
    }

    /** How many keys carry at least one name. */
    public int size() {
        lock.readLock().lock();
        try {
            return namesOfKey.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The names {@code query} most likely resembles, most shared trigrams first, at most {@code limit}; names that
     * share none are never returned.
     */
    public List<Candidate<K>> candidates(ComparableName query, int limit) {
        Set<String> queryGrams = gramsOf(query);
        if (queryGrams.isEmpty() || limit <= 0) {
            return List.of();
        }
        lock.readLock().lock();
        try {
            int[] shared = new int[slots.size()];
            List<Integer> touched = new ArrayList<>();
            for (String gram : queryGrams) {
                BitSet names = postings.get(gram);
                if (names == null) {
                    continue;
                }
                for (int slot = names.nextSetBit(0); slot >= 0; slot = names.nextSetBit(slot + 1)) {
                    if (shared[slot]++ == 0) {
                        touched.add(slot);
                    }
                }
            }
            List<Candidate<K>> found = new ArrayList<>(touched.size());
            for (int slot : touched) {
                Entry<K> entry = slots.get(slot);
                double dice = 2.0 * shared[slot] / (queryGrams.size() + entry.grams().size());
                found.add(new Candidate<>(entry.name(), Set.copyOf(entry.keys()), dice));
            }
            found.sort(Comparator.comparingDouble((Candidate<K> candidate) -> candidate.overlap()).reversed());
            return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
        } finally {
            lock.readLock().unlock();
        }
    }

    private void hold(K key, String name) {
        Integer slot = slotOfName.get(name);
        if (slot != null) {
            slots.get(slot).keys().add(key);
            return;
        }
        ComparableName comparable = ComparableName.of(name);
        Set<String> grams = gramsOf(comparable);
        if (grams.isEmpty()) {
            return;
        }
        Set<K> keys = new HashSet<>();
        keys.add(key);
        Entry<K> entry = new Entry<>(comparable, grams, keys);
        int at;
        if (freeSlots.isEmpty()) {
            at = slots.size();
            slots.add(entry);
        } else {
            at = freeSlots.remove(freeSlots.size() - 1);
            slots.set(at, entry);
        }
        slotOfName.put(name, at);
        for (String gram : grams) {
            postings.computeIfAbsent(gram, unused -> new BitSet()).set(at);
        }
    }

    private void release(K key, String name) {
        Integer slot = slotOfName.get(name);
        if (slot == null) {
            return;
        }
        Entry<K> entry = slots.get(slot);
        entry.keys().remove(key);
        if (!entry.keys().isEmpty()) {
            return;
        }
        for (String gram : entry.grams()) {
            BitSet names = postings.get(gram);
            names.clear(slot);
            if (names.isEmpty()) {
                postings.remove(gram);
            }
        }
        slotOfName.remove(name);
        slots.set(slot, null);
        freeSlots.add(slot);
    }

    /**
     * The trigrams a name is found by: of its confusable and Latin consonant skeletons (without generic words
     * when it has them), each padded so that its first and last letters count, and tagged by form; and, for a name
     * with generic words, its whole forms as single keys.
     */
    static Set<String> gramsOf(ComparableName name) {
        Set<String> grams = new HashSet<>();
        if (name.isEmpty()) {
            return grams;
        }
        addGrams(grams, 'c', name.confusableCore() != null ? name.confusableCore() : name.confusable());
        addGrams(grams, 's', name.skeletonCore() != null ? name.skeletonCore() : name.skeleton());
        if (name.plainCore() != null) {
            grams.add("=c" + name.confusable());
            grams.add("=s" + name.skeleton());
        }
        return grams;
    }

    private static void addGrams(Set<String> grams, char form, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String padded = "^" + text + "$";
        for (int i = 0; i + GRAM <= padded.length(); i++) {
            grams.add(form + padded.substring(i, i + GRAM));
        }
    }
}
