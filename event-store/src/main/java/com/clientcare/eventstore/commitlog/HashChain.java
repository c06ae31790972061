package com.clientcare.eventstore.commitlog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Tamper evidence: each commit's hash covers the hash of the commit before it, its position and key, and its
 * stored events (SHA-256). Changing any stored byte, removing or reordering a commit breaks every later link.
 */
final class HashChain {

    static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    static String link(String previousHash, long position, String stream, String canonicalEvents) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.UTF_8));
            sha.update(("|" + position + "|" + stream + "|").getBytes(StandardCharsets.UTF_8));
            sha.update(canonicalEvents.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
