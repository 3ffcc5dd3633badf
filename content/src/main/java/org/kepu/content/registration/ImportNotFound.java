package org.kepu.content.registration;

import org.kepu.content.NotFound;

/** No import with this id, or none this person may see. */
public class ImportNotFound extends NotFound {

    public ImportNotFound(long id) {
        super("No registration import " + id);
    }
}
