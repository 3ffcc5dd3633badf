package org.kepu.content.account;

/** What a signed-in person may do. */
public enum Role {
    ADMIN("管理员"),
    EDITOR("编辑"),
    REVIEWER("审核"),
    JUDGE("评委"),
    CREATOR("创作者"),
    REGISTRAR("信息员登记员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
