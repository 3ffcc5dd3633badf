package org.kepu.content.serviceorder;

import org.kepu.content.NotFound;

public class ExpertNotFound extends NotFound {

    public ExpertNotFound(long id) {
        super("No expert " + id);
    }
}
