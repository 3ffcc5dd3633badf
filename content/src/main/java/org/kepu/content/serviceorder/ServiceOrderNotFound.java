package org.kepu.content.serviceorder;

import org.kepu.content.NotFound;

/** No such order, or none the person may see: the same answer, so ids reveal nothing. */
public class ServiceOrderNotFound extends NotFound {

    public ServiceOrderNotFound(String what) {
        super("No service order " + what);
    }
}
