package io.rasmi.kpi.observations;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A large CSV batch made while it is read, never held whole: {@code lines} distinct figures of REACH over the given
 * accounts, days back from {@code lastDay}, and every combination of age bracket, governorate and gender (a blank
 * cell standing for the total).
 */
final class GeneratedCsvBatch extends InputStream {

    static final String HEADER = "accountId,date,metric,value,ageBracket,governorate,gender\n";
    private static final String[] AGES = { "", "13-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+" };
    private static final String[] GOVERNORATES = { "", "IQ-AN", "IQ-BA", "IQ-MU", "IQ-QA", "IQ-NA", "IQ-AR", "IQ-SU",
            "IQ-BB", "IQ-BG", "IQ-DA", "IQ-DQ", "IQ-DI", "IQ-KA", "IQ-KI", "IQ-MA", "IQ-NI", "IQ-SD", "IQ-WA", "IQ-KR" };
    private static final String[] GENDERS = { "", "FEMALE", "MALE", "UNKNOWN" };
    static final int COMBINATIONS = AGES.length * GOVERNORATES.length * GENDERS.length;

    private final List<UUID> accounts;
    private final LocalDate lastDay;
    private final long lines;
    private long line;
    private byte[] chunk = HEADER.getBytes(StandardCharsets.US_ASCII);
    private int position;

    GeneratedCsvBatch(List<UUID> accounts, LocalDate lastDay, long lines) {
        this.accounts = accounts;
        this.lastDay = lastDay;
        this.lines = lines;
    }

    /** The days the batch spans. */
    static long days(int accounts, long lines) {
        return (lines + (long) accounts * COMBINATIONS - 1) / ((long) accounts * COMBINATIONS);
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
        if (position == chunk.length && !refill()) {
            return -1;
        }
        int count = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, into, offset, count);
        position += count;
        return count;
    }

    private boolean refill() {
        if (line >= lines) {
            return false;
        }
        StringBuilder text = new StringBuilder(64 * 1024);
        while (line < lines && text.length() < 60 * 1024) {
            long i = line++;
            int combination = (int) (i % COMBINATIONS);
            long rest = i / COMBINATIONS;
            UUID account = accounts.get((int) (rest % accounts.size()));
            long day = rest / accounts.size();
            text.append(account).append(',').append(lastDay.minusDays(day)).append(",REACH,").append(i % 9973)
                    .append(',').append(AGES[combination % AGES.length])
                    .append(',').append(GOVERNORATES[combination / AGES.length % GOVERNORATES.length])
                    .append(',').append(GENDERS[combination / (AGES.length * GOVERNORATES.length)])
                    .append('\n');
        }
        chunk = text.toString().getBytes(StandardCharsets.US_ASCII);
        position = 0;
        return true;
    }
}
