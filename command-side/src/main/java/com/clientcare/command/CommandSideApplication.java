package com.clientcare.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Accepts commands over HTTP, decides them in aggregates and appends the resulting events to the store. */
@SpringBootApplication
public class CommandSideApplication {

    public static void main(String[] args) {
        // Axon would otherwise call home at start-up; nothing but MongoDB is reached at run time.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(CommandSideApplication.class, args);
    }
}
