package org.kepu.content.upload;

import org.kepu.content.CodedRefusal;

/** An upload breaks a rule (size, quota, type): a code of the domain bundle and its arguments. */
public class UploadRejected extends CodedRefusal {

    public UploadRejected(String code, Object... arguments) {
        super(code, arguments);
    }
}
