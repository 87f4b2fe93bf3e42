package io.rasmi.text;

import java.util.ArrayList;
import java.util.Arrays;
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
 * by the Dice coefficient of the trigram sets of the best form; names that share too little are left out, and
 * the best {@code limit} names are returned.
 *
 * <p>A search does not score every name that shares a trigram with the query: in a register of thousands, the
 * common trigrams ({@code ^ba}, {@code iraq}'s) are shared by most names. Each form's trigrams are read rarest
 * first, and a name is scored (its Dice coefficient, checking the trigrams not read one by one) only when it is in
 * a list read. Reading stops once a name in none of the lists read could not reach the floor: {@link #MIN_OVERLAP},
 * raised to the {@code limit}-th best score found so far. Up to there the answer is the one scoring every name
 * would give (prefix filtering, as similarity joins call it). And at most {@link #MAX_SCORED} names are scored per
 * form: in a crowd where even the rare trigrams are shared by hundreds, those sharing the rarest win, which are the
 * ones a copy of a name shares with it.
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
    /**
     * At most this many names are scored for one form of a query, however many share its trigrams: those that
     * share its rarest trigrams first. Far more than the few a name's own look-alikes are, and it keeps a search
     * cheap whatever the register's size.
     */
    static final int MAX_SCORED = 512;

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    /** Slot of each distinct name, by the name as written. */
    private final Map<String, Integer> slotOfName = new HashMap<>();
    private final List<Entry<K>> slots = new ArrayList<>();
    private final List<Integer> freeSlots = new ArrayList<>();
    private final Map<String, Posting> postings = new HashMap<>();
    private final Map<K, Set<String>> namesOfKey = new HashMap<>();
    /** How many trigrams of each form the name in each slot has: {@code [slot * FORMS + form]}. */
    private int[] formSizeOf = new int[0];

    /** Per thread, so that a search allocates no array as long as the register holds. */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** A name that may resemble the query, the keys that carry it, and how many trigrams they share (0 to 1). */
    public record Candidate<K>(ComparableName name, Set<K> keys, double overlap) {
    }

    /** A distinct name, its trigrams, and the keys carrying it (immutable, replaced). */
    private record Entry<K>(ComparableName name, Set<String> grams, Set<K> keys) {

        Entry<K> withKeys(Set<K> changed) {
            return new Entry<>(name, grams, Set.copyOf(changed));
        }
    }

    /**
     * The best {@code limit} slots by score, in a heap on two arrays with the worst on top. A slot replaces the
     * worst only when it scores more, so of equal scores the first offered stay.
     */
    private static final class Best {
        private int[] slots = new int[16];
        private double[] scores = new double[16];
        private int size;
        private int limit;

        Best reset(int newLimit) {
            if (slots.length < newLimit) {
                slots = new int[newLimit];
                scores = new double[newLimit];
            }
            limit = newLimit;
            size = 0;
            return this;
        }

        int size() {
            return size;
        }

        double worst() {
            return scores[0];
        }

        void offer(int slot, double score) {
            if (size < limit) {
                slots[size] = slot;
                scores[size] = score;
                up(size++);
            } else if (score > scores[0]) {
                slots[0] = slot;
                scores[0] = score;
                down(0);
            }
        }

        void addSlotsTo(Set<Integer> chosen) {
            for (int i = 0; i < size; i++) {
                chosen.add(slots[i]);
            }
        }

        /** The slots held, best first, and of equal scores the first indexed (the lower slot) first. */
        int[] slotsBestFirst() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> slots[i]));
            int[] ranked = new int[size];
            for (int i = 0; i < size; i++) {
                ranked[i] = slots[order[i]];
            }
            return ranked;
        }

        private void up(int at) {
            while (at > 0) {
                int parent = (at - 1) / 2;
                if (scores[at] >= scores[parent]) {
                    return;
                }
                swap(at, parent);
                at = parent;
            }
        }

        private void down(int at) {
            while (true) {
                int worst = at;
                for (int child = 2 * at + 1; child <= 2 * at + 2 && child < size; child++) {
                    if (scores[child] < scores[worst]) {
                        worst = child;
                    }
                }
                if (worst == at) {
                    return;
                }
                swap(at, worst);
                at = worst;
            }
        }

        private void swap(int a, int b) {
            int slot = slots[a];
            slots[a] = slots[b];
            slots[b] = slot;
            double score = scores[a];
            scores[a] = scores[b];
            scores[b] = score;
        }
    }

    /** The names (slots) that have a trigram, and how many they are. */
    private static final class Posting {
        private final BitSet slots = new BitSet();
        private int size;

        int size() {
            return size;
        }
    }

    /**
     * A search's working memory: how many of the lists read each slot is in (zero for every slot between
     * searches), and the slots found so far, in the order found.
     */
    private static final class Scratch {
        private int[] counts = new int[0];
        private int[] order = new int[64];
        private int admitted;
        private final Best best = new Best();

        Scratch sized(int slots, int limit) {
            if (counts.length < slots) {
                counts = new int[Math.max(slots, counts.length * 2)];
            }
            best.reset(limit);
            return this;
        }

        void admit(int slot) {
            if (admitted == order.length) {
                order = Arrays.copyOf(order, order.length * 2);
            }
            order[admitted++] = slot;
        }

        void clear() {
            for (int i = 0; i < admitted; i++) {
                counts[order[i]] = 0;
            }
            admitted = 0;
        }
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
        return search(query, limit).candidates();
    }

    /** What {@link #candidates} found, and how many names it scored to find them (what a search costs). */
    record Search<K>(List<Candidate<K>> candidates, int namesScored) {
    }

    /** As {@link #candidates}, also telling how many names were scored; see the class comment. */
    Search<K> search(ComparableName query, int limit) {
        Set<String> queryGrams = gramsOf(query);
        if (queryGrams.isEmpty() || limit <= 0) {
            return new Search<>(List.of(), 0);
        }
        lock.readLock().lock();
        try {
            int[] querySizes = formSizes(queryGrams);
            Posting[][] lists = postingsOf(queryGrams);
            Scratch scratch = SCRATCH.get().sized(slots.size(), limit);
            Set<Integer> chosen = new HashSet<>();
            int scored = 0;
            for (int form : new int[] {CONFUSABLE, SKELETON}) {
                scored += bestInForm(lists[form], querySizes[form], form, limit, scratch, chosen);
            }
            // A whole name equal counts 1, so every name that shares a whole form is a candidate.
            for (Posting posting : lists[WHOLE]) {
                for (int slot = posting.slots.nextSetBit(0); slot >= 0; slot = posting.slots.nextSetBit(slot + 1)) {
                    if (chosen.add(slot)) {
                        scored++;
                    }
                }
            }
            Best best = scratch.best.reset(limit);
            for (int slot : chosen) {
                double dice = overlap(lists, querySizes, slot);
                if (dice >= MIN_OVERLAP) {
                    best.offer(slot, dice);
                }
            }
            List<Candidate<K>> found = new ArrayList<>(best.size());
            for (int slot : best.slotsBestFirst()) {
                Entry<K> entry = slots.get(slot);
                found.add(new Candidate<>(entry.name(), entry.keys(), overlap(lists, querySizes, slot)));
            }
            return new Search<>(found, scored);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The postings of the query's trigrams, by form, each form's rarest first; trigrams no name has are left out. */
    private Posting[][] postingsOf(Set<String> queryGrams) {
        List<List<Posting>> byForm = new ArrayList<>(FORMS);
        for (int form = 0; form < FORMS; form++) {
            byForm.add(new ArrayList<>());
        }
        for (String gram : queryGrams) {
            Posting posting = postings.get(gram);
            if (posting != null) {
                byForm.get(form(gram)).add(posting);
            }
        }
        Posting[][] lists = new Posting[FORMS][];
        for (int form = 0; form < FORMS; form++) {
            lists[form] = byForm.get(form).toArray(Posting[]::new);
            Arrays.sort(lists[form], Comparator.comparingInt(Posting::size));
        }
        return lists;
    }

    /**
     * Adds to {@code chosen} the best {@code limit} names of one form by the Dice coefficient of its trigrams, of
     * those at or above {@link #MIN_OVERLAP}, and answers how many names it scored. {@code lists} are the postings
     * of the query's trigrams of that form, rarest first; {@code querySize} is how many trigrams the query has in
     * that form. The names of the lists read are scored by what they share with the query, also in the lists not
     * read; a list is read only while a name in none of the lists read so far could still be among the best.
     */
    private int bestInForm(Posting[] lists, int querySize, int form, int limit, Scratch scratch,
            Set<Integer> chosen) {
        double floor = MIN_OVERLAP;
        int read = 0;
        try {
            for (; read < lists.length; read++) {
                // A name in none of the lists read shares at most the trigrams left, so it scores at most:
                int left = lists.length - read;
                double reach = 2.0 * left / (querySize + left);
                if (reach < floor) {
                    break;
                }
                Posting next = lists[read];
                if (scratch.admitted >= limit && next.size > scratch.admitted) {
                    // Scoring the names found so far costs less than reading the next list, and its result may
                    // show that no name outside them can be among the best.
                    floor = Math.max(floor, limitthBest(lists, read, querySize, form, limit, scratch));
                    if (reach < floor) {
                        break;
                    }
                }
                if (scratch.admitted + next.size > MAX_SCORED) {
                    // The cap: the names of this list are scored as far as it allows, and this list and the
                    // commoner ones are then checked rather than read.
                    for (int slot = next.slots.nextSetBit(0); slot >= 0 && scratch.admitted < MAX_SCORED;
                            slot = next.slots.nextSetBit(slot + 1)) {
                        if (scratch.counts[slot] == 0) {
                            scratch.counts[slot] = -1;
                            scratch.admit(slot);
                        }
                    }
                    break;
                }
                for (int slot = next.slots.nextSetBit(0); slot >= 0; slot = next.slots.nextSetBit(slot + 1)) {
                    int count = scratch.counts[slot];
                    if (count <= 0) {
                        scratch.admit(slot);
                        count = 0;
                    }
                    scratch.counts[slot] = count + 1;
                }
            }
            Best best = scratch.best.reset(limit);
            for (int i = 0; i < scratch.admitted; i++) {
                int slot = scratch.order[i];
                double dice = dice(lists, read, querySize, form, slot, scratch.counts[slot]);
                if (dice >= MIN_OVERLAP) {
                    best.offer(slot, dice);
                }
            }
            best.addSlotsTo(chosen);
            return scratch.admitted;
        } finally {
            scratch.clear();
        }
    }

    /** The {@code limit}-th best Dice coefficient of the names scored so far, or 0 when there are fewer. */
    private double limitthBest(Posting[] lists, int read, int querySize, int form, int limit, Scratch scratch) {
        Best best = scratch.best.reset(limit);
        for (int i = 0; i < scratch.admitted; i++) {
            int slot = scratch.order[i];
            best.offer(slot, dice(lists, read, querySize, form, slot, scratch.counts[slot]));
        }
        return best.size() < limit ? 0 : best.worst();
    }

    /**
     * The Dice coefficient in one form of the name in {@code slot}, which is in {@code counted} of the lists before
     * {@code read} (-1: admitted by the cap, in none of them): the others are checked for it one by one.
     */
    private double dice(Posting[] lists, int read, int querySize, int form, int slot, int counted) {
        int shared = Math.max(0, counted);
        for (int i = read; i < lists.length; i++) {
            if (lists[i].slots.get(slot)) {
                shared++;
            }
        }
        return 2.0 * shared / (querySize + formSizeOf[slot * FORMS + form]);
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
        Entry<K> entry = new Entry<>(comparable, grams, Set.of(key));
        int at;
        if (freeSlots.isEmpty()) {
            at = slots.size();
            slots.add(entry);
        } else {
            at = freeSlots.remove(freeSlots.size() - 1);
            slots.set(at, entry);
        }
        slotOfName.put(name, at);
        if (formSizeOf.length < (at + 1) * FORMS) {
            formSizeOf = Arrays.copyOf(formSizeOf, Math.max((at + 1) * FORMS, formSizeOf.length * 2));
        }
        System.arraycopy(formSizes(grams), 0, formSizeOf, at * FORMS, FORMS);
        for (String gram : grams) {
            Posting posting = postings.computeIfAbsent(gram, unused -> new Posting());
            posting.slots.set(at);
            posting.size++;
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
            Posting posting = postings.get(gram);
            posting.slots.clear(slot);
            if (--posting.size == 0) {
                postings.remove(gram);
            }
        }
        slotOfName.remove(name);
        slots.set(slot, null);
        freeSlots.add(slot);
    }

    /**
     * How alike the name in {@code slot} looks to the query by their trigrams: the Dice coefficient of the trigram
     * sets of each form, the best form counting, so that a name written in the other script is judged by its
     * consonant skeleton alone; a whole name equal counts 1.
     */
    private double overlap(Posting[][] lists, int[] queryForms, int slot) {
        double best = 0;
        for (int form = 0; form < FORMS; form++) {
            int shared = 0;
            for (Posting posting : lists[form]) {
                if (posting.slots.get(slot)) {
                    shared++;
                }
            }
            if (shared > 0) {
                best = Math.max(best, form == WHOLE ? 1
                        : 2.0 * shared / (queryForms[form] + formSizeOf[slot * FORMS + form]));
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
