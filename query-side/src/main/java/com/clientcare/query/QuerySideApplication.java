package com.clientcare.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Projects the event store into read models and answers analysts' and auditors' queries over HTTP. */
@SpringBootApplication
public class QuerySideApplication {

    public static void main(String[] args) {
        // Axon would otherwise call home at start-up; nothing but MongoDB is reached at run time.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
