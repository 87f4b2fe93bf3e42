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
import java.util.PriorityQueue;
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
 * by the Dice coefficient of the trigram sets of the best form; names that share too little are left out, and
 * the best {@code limit} names are returned.
 *
 * <p>This is a filter, not a guarantee: a pair that {@link NameSimilarity} finds alike shares most of its trigrams
 * (a confusable letter or a typo changes three of them), but two names alike only by the Jaro-Winkler half of the
 * score, with no three letters in common, are not found. Thread-safe: many readers, one writer at a time.
 *
 * @param <K> what carries the names, such as an account id
 */
public final class CandidateIndex<K> {

    private static final int GRAM = 3;
    private static final int CONFUSABLE = 0;
    private static final int SKELETON = 1;
    private static final int WHOLE = 2;
    private static final int FORMS = 3;
    /**
     * Names that share less than this (Dice coefficient of the trigrams of their best form) are not compared: well
     * under what the look-alikes that {@link NameSimilarity} finds share (0.7 and more in its tests, in either
     * script), and above what unrelated handles share by chance.
     */
    static final double MIN_OVERLAP = 0.3;

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

    /** A distinct name, its trigrams (and how many of each form), and the keys carrying it (immutable, replaced). */
    private record Entry<K>(ComparableName name, Set<String> grams, int[] forms, Set<K> keys) {

        Entry<K> withKeys(Set<K> changed) {
            return new Entry<>(name, grams, forms, Set.copyOf(changed));
        }
    }

    private record Scored(int slot, double dice) {
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
            int[] queryForms = formSizes(queryGrams);
            int[][] shared = new int[FORMS][slots.size()];
            boolean[] seen = new boolean[slots.size()];
            List<Integer> touched = new ArrayList<>();
            for (String gram : queryGrams) {
                BitSet names = postings.get(gram);
                if (names == null) {
                    continue;
                }
                int[] sharedInForm = shared[form(gram)];
                for (int slot = names.nextSetBit(0); slot >= 0; slot = names.nextSetBit(slot + 1)) {
                    sharedInForm[slot]++;
                    if (!seen[slot]) {
                        seen[slot] = true;
                        touched.add(slot);
                    }
                }
            }
            // The best {@code limit} by Dice coefficient, in a small heap, worst on top.
            PriorityQueue<Scored> best = new PriorityQueue<>(limit + 1, Comparator.comparingDouble(Scored::dice));
            for (int slot : touched) {
                double dice = overlap(shared, slot, queryForms, slots.get(slot).forms());
                if (dice < MIN_OVERLAP) {
                    continue;
                }
                if (best.size() < limit) {
                    best.add(new Scored(slot, dice));
                } else if (dice > best.peek().dice()) {
                    best.poll();
                    best.add(new Scored(slot, dice));
                }
            }
            List<Candidate<K>> found = new ArrayList<>(best.size());
            for (Scored scored : best) {
                Entry<K> entry = slots.get(scored.slot());
                found.add(new Candidate<>(entry.name(), entry.keys(), scored.dice()));
            }
            found.sort(Comparator.comparingDouble((Candidate<K> candidate) -> candidate.overlap()).reversed());
            return found;
        } finally {
            lock.readLock().unlock();
        }
    }

    private void hold(K key, String name) {
        Integer slot = slotOfName.get(name);
        if (slot != null) {
            Entry<K> entry = slots.get(slot);
            Set<K> keys = new HashSet<>(entry.keys());
            keys.add(key);
            slots.set(slot, entry.withKeys(keys));
            return;
        }
        ComparableName comparable = ComparableName.of(name);
        Set<String> grams = gramsOf(comparable);
        if (grams.isEmpty()) {
            return;
        }
        Entry<K> entry = new Entry<>(comparable, grams, formSizes(grams), Set.of(key));
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
        Set<K> keys = new HashSet<>(entry.keys());
        keys.remove(key);
        if (!keys.isEmpty()) {
            slots.set(slot, entry.withKeys(keys));
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
     * How alike two names look by their trigrams: the Dice coefficient of the trigram sets of each form, the best
     * form counting, so that a name written in the other script is judged by its consonant skeleton alone; a
     * whole name equal counts 1.
     */
    private static double overlap(int[][] shared, int slot, int[] queryForms, int[] nameForms) {
        double best = 0;
        for (int form = 0; form < FORMS; form++) {
            int total = queryForms[form] + nameForms[form];
            if (total > 0 && shared[form][slot] > 0) {
                best = Math.max(best, form == WHOLE ? 1 : 2.0 * shared[form][slot] / total);
            }
        }
        return best;
    }

    private static int[] formSizes(Set<String> grams) {
        int[] sizes = new int[FORMS];
        for (String gram : grams) {
            sizes[form(gram)]++;
        }
        return sizes;
    }

    private static int form(String gram) {
        return switch (gram.charAt(0)) {
            case 'c' -> CONFUSABLE;
            case 's' -> SKELETON;
            default -> WHOLE;
        };
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
