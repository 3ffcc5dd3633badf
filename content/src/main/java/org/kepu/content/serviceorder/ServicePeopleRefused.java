package org.kepu.content.serviceorder;

import org.kepu.content.RuleBroken;

/**
 * A step on experts, volunteers, hours or nominations that the state or the person's scope does not
 * allow; worded by its code in the domain bundle.
 */
public class ServicePeopleRefused extends RuleBroken {

    public ServicePeopleRefused(String code, Object... arguments) {
        super(null, code, arguments);
    }
}
