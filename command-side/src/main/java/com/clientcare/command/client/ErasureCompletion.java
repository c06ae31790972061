package com.clientcare.command.client;

import com.clientcare.eventstore.personaldata.SubjectKeys;
import com.clientcare.shared.client.PersonalDataErasedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * C8: makes sure every recorded erasure has destroyed its key, also when the application stopped between
 * recording the erasure and destroying the key. Destroying twice is harmless.
 */
@Component
@ProcessingGroup("personal-data-erasure")
public class ErasureCompletion {

    private final SubjectKeys subjectKeys;

    public ErasureCompletion(SubjectKeys subjectKeys) {
        this.subjectKeys = subjectKeys;
    }

    @EventHandler
    void on(PersonalDataErasedEvent event) {
        if (!subjectKeys.isErased(event.clientId())) {
            subjectKeys.destroy(event.clientId());
        }
    }
}
