package com.clientcare.eventstore;

/**
 * The embedded store's file: its size, the share of it that chunks take ({@code fillRate}, the rest free space that
 * later chunks reuse) and the share of the chunks' bytes still live ({@code chunksFillRate}: a chunk stays until
 * compaction rewrites its last live page elsewhere), both in percent.
 */
public record StoreFileStats(long fileBytes, int fillRate, int chunksFillRate) {

    /** The bytes of live pages, estimated from the two rates. */
    public long liveBytes() {
        return fileBytes * fillRate / 100 * chunksFillRate / 100;
    }
}
