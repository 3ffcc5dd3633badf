package org.kepu.portal.signup;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.kepu.content.contest.ContestRuleBroken;
import org.kepu.content.contest.Creators;
import org.kepu.portal.web.RateLimits;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creators register themselves with a phone number or an e-mail address and a password, behind a
 * captcha and a limit per address. Nothing is verified by SMS or mail (no such service exists
 * here); an admin resets forgotten passwords.
 */
@Controller
@EnableConfigurationProperties(SignupSettings.class)
class SignupController {

    private final Creators creators;
    private final Captchas captchas;
    private final PasswordEncoder passwords;
    private final RateLimits perAddress;

    SignupController(Creators creators, Captchas captchas, PasswordEncoder passwords, SignupSettings settings) {
        this.creators = creators;
        this.captchas = captchas;
        this.passwords = passwords;
        this.perAddress = new RateLimits(settings.signupsPerAddress(), settings.signupPeriod());
    }

    @GetMapping("/signup")
    String form(Model model) {
        model.addAttribute("form", new SignupForm("", "", "", "", false, "", ""));
        return show(model);
    }

    @PostMapping("/signup")
    String signup(
            @Valid @ModelAttribute("form") SignupForm form,
            BindingResult errors,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        if (!perAddress.tryAcquire(request.getRemoteAddr())) {
            errors.reject("signup.error.throttled", "注册过于频繁，请一小时后再试");
            return show(model);
        }
        if (!captchas.check(form.captchaToken(), form.captcha())) {
            errors.rejectValue("captcha", "signup.error.captcha", "验证码不正确或已过期，请看新图片重新输入");
        }
        if (!form.password().equals(form.passwordAgain())) {
            errors.rejectValue("passwordAgain", "signup.error.mismatch", "两次输入的密码不一致");
        }
        if (errors.hasErrors()) {
            return show(model);
        }
        try {
            creators.register(form.contact(), form.displayName(), passwords.encode(form.password()), form.consent());
        } catch (ContestRuleBroken e) {
            errors.rejectValue(e.field() == null ? "contact" : e.field(), "signup.error.refused", e.getMessage());
            return show(model);
        }
        redirect.addFlashAttribute("notice", "注册成功，请用手机号或邮箱登录");
        return "redirect:/login";
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

    private String show(Model model) {
        model.addAttribute("captchaToken", captchas.issue());
        return "signup/form";
    }

    record SignupForm(
            @NotBlank(message = "请填写手机号或电子邮箱") @Size(max = 120, message = "手机号或邮箱太长")
            String contact,

            @NotBlank(message = "请填写昵称") @Size(max = 40, message = "昵称不能超过 40 字")
            String displayName,

            @NotBlank(message = "请设置密码") @Size(min = 8, max = 100, message = "密码至少 8 位")
            String password,

            String passwordAgain,
            Boolean consent,
            String captchaToken,
            @NotBlank(message = "请输入图片中的验证码") String captcha) {

        SignupForm {
            passwordAgain = passwordAgain == null ? "" : passwordAgain;
            password = password == null ? "" : password;
            consent = Boolean.TRUE.equals(consent);
        }
    }
}
