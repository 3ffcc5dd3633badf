package org.kepu.portal.image;

import org.kepu.content.CodedRefusal;

/** An uploaded image cannot be used: an {@code image.*} message code and its arguments. */
public class ImageRejected extends CodedRefusal {

    ImageRejected(String code, Object... arguments) {
        super(code, arguments);
    }
}
