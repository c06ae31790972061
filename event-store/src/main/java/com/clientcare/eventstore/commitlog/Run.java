package com.clientcare.eventstore.commitlog;

/**
 * A run of consecutive numbers stored under the number it starts at: a commit in an aggregate's stream covers
 * sequence numbers, an entry in the global log covers positions. Runs of one kind follow each other without
 * gaps, so the key of the next one is always known: where the one before ends.
 */
interface Run {

    long start();

    /** The first number after this run: the start of the next one. */
    long end();
}
