package org.kepu.content.registration;

/** No import with this id, or none this person may see. */
public class ImportNotFound extends RuntimeException {

    public ImportNotFound(long id) {
        super("No registration import " + id);
    }
}
