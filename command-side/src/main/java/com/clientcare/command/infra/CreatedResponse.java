package com.clientcare.command.infra;

import org.springframework.http.ResponseEntity;

import java.net.URI;

/** The body of a 201: the id of what was created. Its Location is the resource's path, served by the query side. */
public record CreatedResponse(String id) {

    public static ResponseEntity<CreatedResponse> at(String collectionPath, String id) {
        return ResponseEntity.created(URI.create(collectionPath + "/" + id)).body(new CreatedResponse(id));
    }
}
