package org.kepu.portal.serviceorder;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.kepu.content.serviceorder.NewServiceOrder;
import org.kepu.content.serviceorder.ServiceOrderInvalid;
import org.kepu.content.serviceorder.ServiceOrders;
import org.kepu.content.throttle.RateLimit;
import org.kepu.content.throttle.RateLimits;
import org.kepu.portal.signup.Captchas;
import org.kepu.portal.signup.ProofOfWork;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Takes a resident's order from the API or the phone page with the same checks in the same order:
 * the fields first (a mistake costs no challenge and no allowance), then the challenge (a solved
 * proof of work, or the picture's answer for browsers without JavaScript), then the per-address
 * limit, which only orders that would be taken use up.
 */
@Component
class ServiceOrderIntake {

    /** What became of an order. */
    sealed interface Outcome {}

    record Placed(ServiceOrders.Placed placed) implements Outcome {}

    /** Field name (as in {@link NewServiceOrder}, {@code village} for the place) to its problem. */
    record Invalid(Map<String, MessageSourceResolvable> problems) implements Outcome {}

    record NotVerified() implements Outcome {}

    record Throttled(Duration retryAfter) implements Outcome {}

    /** The answer to the challenge: a proof-of-work payload, or a picture's token and answer. */
    record HumanCheck(String proofOfWork, String captchaToken, String captcha) {

        static HumanCheck proofOfWork(String payload) {
            return new HumanCheck(payload, null, null);
        }
    }

    private final ServiceOrders orders;
    private final ProofOfWork proofOfWork;
    private final Captchas captchas;
    private final RateLimit perAddress;
    private final RateLimit challengesPerAddress;

    ServiceOrderIntake(ServiceOrders orders, ProofOfWork proofOfWork, Captchas captchas, RateLimits limits) {
        this.orders = orders;
        this.proofOfWork = proofOfWork;
        this.captchas = captchas;
        // a village worker may order for several elders in a row; a script may not flood the towns
        this.perAddress = limits.limit("service-orders-per-address", 10, Duration.ofHours(1));
        this.challengesPerAddress = limits.limit("service-order-challenges-per-address", 60, Duration.ofMinutes(10));
    }

    Outcome place(NewServiceOrder order, HumanCheck check, String address) {
        try {
            orders.check(order);
        } catch (ServiceOrderInvalid e) {
            return new Invalid(e.problems());
        }
        if (!passed(check)) {
            return new NotVerified();
        }
        if (!perAddress.tryAcquire(address)) {
            return new Throttled(perAddress.refusal(address).orElse(Duration.ofMinutes(1)));
        }
        try {
            return new Placed(orders.place(order));
        } catch (ServiceOrderInvalid e) {
            // changed between the check and now (a place removed): the resident corrects it
            return new Invalid(e.problems());
        }
    }

    /** A new proof-of-work challenge for the address, or empty with the wait when it asked too often. */
    Optional<ProofOfWork.Challenge> challenge(String address) {
        return challengesPerAddress.tryAcquire(address) ? Optional.of(proofOfWork.issue()) : Optional.empty();
    }

    Duration challengeRetryAfter(String address) {
        return challengesPerAddress.refusal(address).orElse(Duration.ofMinutes(1));
    }

    /** Either answer counts once, on every portal. */
    private boolean passed(HumanCheck check) {
        if (check.proofOfWork() != null && !check.proofOfWork().isBlank() && proofOfWork.check(check.proofOfWork())) {
            return true;
        }
        return check.captcha() != null
                && !check.captcha().isBlank()
                && check.captchaToken() != null
                && captchas.check(check.captchaToken(), check.captcha());
    }
}
