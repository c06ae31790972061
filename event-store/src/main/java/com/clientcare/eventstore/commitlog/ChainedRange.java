package com.clientcare.eventstore.commitlog;

/**
 * A range of consecutive numbers stored under the number it starts at: a commit in an aggregate's stream covers
 * sequence numbers, an entry in the global log covers positions. Ranges of one kind chain without gaps, so the
 * key of the next one is always known: where the one before ends.
 */
interface ChainedRange {

    long start();

    /** The first number after this range: the start of the next one. */
    long end();
}
