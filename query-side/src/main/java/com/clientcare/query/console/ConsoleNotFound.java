package com.clientcare.query.console;

/** A console page about something that was never recorded: answered with the 404 page. */
class ConsoleNotFound extends RuntimeException {

    ConsoleNotFound(String what, String id) {
        super("no " + what + " " + id);
    }
}
