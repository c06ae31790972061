package com.clientcare.query.console;

/** A console page the user's roles do not reach: answered with the 403 page. */
class ConsoleForbidden extends RuntimeException {

    ConsoleForbidden(String path) {
        super("your roles do not allow " + path);
    }
}
