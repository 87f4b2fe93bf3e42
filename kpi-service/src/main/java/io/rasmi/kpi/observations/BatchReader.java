package io.rasmi.kpi.observations;

import java.io.IOException;

/** Reads a batch one line at a time, never the whole of it: the batch may be larger than the heap. */
interface BatchReader {

    /** The next line, or null after the last. */
    RawLine next() throws IOException, BatchSyntaxError;
}
