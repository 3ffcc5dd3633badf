package org.kepu.portal.signup;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kepu.content.contest.ContestRuleBroken;
import org.kepu.content.contest.Creators;
import org.kepu.content.throttle.RateLimit;
import org.kepu.content.throttle.RateLimits;
import org.kepu.portal.security.PasswordPolicy;
import org.kepu.portal.web.ClientAddresses;
import org.kepu.portal.web.Texts;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * Creators register themselves with a phone number or an e-mail address and a password, behind a
 * challenge and a limit per address (IPv6: per /64, shared by every portal). The challenge is a
 * proof of work that keyboard and screen-reader users pass by ticking a box; the picture captcha
 * stays for browsers without JavaScript, with a button for a new picture. Nothing is verified by SMS or mail (no such service exists
 * here); an admin resets forgotten passwords.
 */
@Controller
@EnableConfigurationProperties(SignupSettings.class)
class SignupController {

    private static final List<String> POW_STRINGS = List.of(
            "ariaLinkLabel",
            "cancel",
            "enterCode",
            "enterCodeAria",
            "enterCodeFromImage",
            "error",
            "expired",
            "footer",
            "getAudioChallenge",
            "label",
            "loading",
            "reload",
            "verificationRequired",
            "verified",
            "verify",
            "verifying",
            "waitAlert");

    private static final String ENTRIES = "/creator/entries";

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final RequestCache savedRequests = new HttpSessionRequestCache();
    private final Creators creators;
    private final Captchas captchas;
    private final ProofOfWork proofOfWork;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final RateLimit perAddress;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final UserDetailsService users;
    private final Texts texts;

    SignupController(
            Creators creators,
            Captchas captchas,
            ProofOfWork proofOfWork,
            PasswordEncoder passwords,
            PasswordPolicy policy,
            SignupSettings settings,
            RateLimits limits,
            MessageSource messages,
            ObjectMapper json,
            UserDetailsService users,
            Texts texts) {
        this.texts = texts;
        this.creators = creators;
        this.captchas = captchas;
        this.proofOfWork = proofOfWork;
        this.passwords = passwords;
        this.policy = policy;
        this.perAddress = limits.limit("signups-per-address", settings.signupsPerAddress(), settings.signupPeriod());
        this.messages = messages;
        this.json = json;
        this.users = users;
    }

    /** Where to go after signing up, if it is a path of this site; carried through the form. */
    @ModelAttribute("continueTo")
    String continueTo(@RequestParam(name = "continue", required = false) String target) {
        return ContinueTarget.of(target).orElse(null);
    }

    @GetMapping("/signup")
    String form(Model model) {
        model.addAttribute("form", new SignupForm("", "", "", "", false, "", "", ""));
        return show(model);
    }

    /** A new picture, keeping what was typed (no script needed): the picture captcha's refresh. */
    @PostMapping(path = "/signup", params = "newCaptcha")
    String newCaptcha(@ModelAttribute("form") SignupForm form, Model model) {
        model.addAttribute("form", form.withoutAnswers());
        return show(model);
    }

    @PostMapping("/signup")
    String signup(
            @Valid @ModelAttribute("form") SignupForm form,
            BindingResult errors,
            @ModelAttribute("continueTo") String continueTo,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (!perAddress.tryAcquire(ClientAddresses.keyOf(request))) {
            errors.reject("signup.error.throttled");
            return show(model);
        }
        if (!passedChallenge(form)) {
            errors.rejectValue("captcha", "signup.error.captcha");
        }
        // creators meet the same policy as staff (等保 level 2 asks it of every account)
        policy.problems(form.contact(), form.password())
                .forEach(problem -> errors.rejectValue("password", "signup.error.password", problem));
        if (!form.password().equals(form.passwordAgain())) {
            errors.rejectValue("passwordAgain", "signup.error.mismatch");
        }
        if (errors.hasErrors()) {
            return show(model);
        }
        String username;
        try {
            username = creators.register(
                            form.contact(), form.displayName(), passwords.encode(form.password()), form.consent())
                    .getUsername();
        } catch (ContestRuleBroken e) {
            texts.reject(errors, e.field() == null ? "contact" : e.field(), e);
            return show(model);
        }
        signIn(username, request, response);
        redirect.addFlashAttribute("notice", texts.of("signup.done"));
        return "redirect:" + afterSignup(continueTo, request, response);
    }

    /** The new account is signed in at once, in a fresh session (as a login would do). */
    private void signIn(String username, HttpServletRequest request, HttpServletResponse response) {
        UserDetails account = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.getSession(true);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
    }

    /**
     * The page the creator came from: the form's {@code continue} path, else the page the login
     * form was asked for (the saved request) when it is on this site, else their entries.
     */
    private String afterSignup(String continueTo, HttpServletRequest request, HttpServletResponse response) {
        if (continueTo != null) {
            return continueTo;
        }
        SavedRequest saved = savedRequests.getRequest(request, response);
        if (saved != null) {
            savedRequests.removeRequest(request, response);
            return ContinueTarget.ofSaved(
                            saved.getRedirectUrl(),
                            request.getScheme(),
                            request.getServerName(),
                            request.getServerPort())
                    .orElse(ENTRIES);
        }
        return ENTRIES;
    }

    /** The proof-of-work challenge the sign-up page's widget fetches. */
    @GetMapping(path = "/signup/challenge", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProofOfWork.Challenge> challenge() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(proofOfWork.issue());
    }

    @GetMapping("/signup/captcha")
    ResponseEntity<byte[]> captcha(@RequestParam("t") String token) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore())
                .body(captchas.image(token));
    }

    @GetMapping("/privacy")
    String privacy() {
        return "signup/privacy";
    }

    /** A solved proof of work, or else the picture's answer; either counts once. */
    private boolean passedChallenge(SignupForm form) {
        if (!form.altcha().isBlank() && proofOfWork.check(form.altcha())) {
            return true;
        }
        return !form.captcha().isBlank() && captchas.check(form.captchaToken(), form.captcha());
    }

    private String show(Model model) {
        model.addAttribute("captchaToken", captchas.issue());
        model.addAttribute("policy", policy);
        Map<String, String> strings = new LinkedHashMap<>();
        POW_STRINGS.forEach(key ->
                strings.put(key, messages.getMessage("signup.pow." + key, null, LocaleContextHolder.getLocale())));
        model.addAttribute("powStrings", json.writeValueAsString(strings));
        return "signup/form";
    }

    record SignupForm(
            @NotBlank(message = "{signup.error.contact.required}")
            @Size(max = 120, message = "{signup.error.contact.size}")
            String contact,

            @NotBlank(message = "{signup.error.displayName.required}")
            @Size(max = 40, message = "{signup.error.displayName.size}")
            String displayName,

            @NotBlank(message = "{signup.error.password.required}")
            @Size(max = 100, message = "{signup.error.password.size}")
            String password,

            String passwordAgain,
            Boolean consent,
            String captchaToken,
            String captcha,
            String altcha) {

        SignupForm {
            passwordAgain = passwordAgain == null ? "" : passwordAgain;
            password = password == null ? "" : password;
            consent = Boolean.TRUE.equals(consent);
            captcha = captcha == null ? "" : captcha;
            altcha = altcha == null ? "" : altcha;
        }

        SignupForm withoutAnswers() {
            return new SignupForm(contact, displayName, "", "", consent, "", "", "");
        }
    }
}
