package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at the console in a real headless Chromium (Debian's {@code chromium} and {@code chromedriver}; nothing is
 * downloaded): signs in through the page, opens screens, saves screenshots under {@code target/console-screenshots},
 * and checks each screen with axe-core for serious or critical accessibility violations.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    /** Brings an element to the middle of the window at once: Bootstrap scrolls smoothly, and a click during the scroll misses. */
    private static final String IN_VIEW = "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})";

    private final URI platform;
    private final Path profile;
    private final ChromeDriver driver;

    private ConsoleBrowser(URI platform, int width, int height) {
        this.platform = platform;
        try {
            this.profile = Files.createTempDirectory("lvzhi-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(new File("/usr/bin/chromium")).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--lang=zh-CN",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** A desk: a desktop browser window. */
    static ConsoleBrowser desk(URI platform) {
        return new ConsoleBrowser(platform, 1280, 900);
    }

    /** A phone 360 px wide, as most deputies use the console. */
    static ConsoleBrowser phone(URI platform) {
        return new ConsoleBrowser(platform, 360, 780);
    }

    ConsoleBrowser signIn(String username, String password) {
        open("/sign-in");
        field("username").sendKeys(username);
        field("password").sendKeys(password);
        driver.findElement(By.cssSelector("form[action='/sign-in'] button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(signedIn -> !"/sign-in".equals(path()));
        return this;
    }

    ConsoleBrowser open(String path) {
        driver.get(platform.resolve(path).toString());
        return this;
    }

    WebElement field(String name) {
        return driver.findElement(By.name(name));
    }

    /** Sets a field's value as the person's input would (a date field too, whatever the browser's locale). */
    ConsoleBrowser fill(String name, String value) {
        driver.executeScript("arguments[0].value = arguments[1]", field(name), value);
        return this;
    }

    /** Replaces a field's text as typing would, so what listens for input (htmx's checks) hears it. */
    ConsoleBrowser type(String name, String value) {
        driver.executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}))", field(name), value);
        return this;
    }

    /** Presses a button that answers in place (htmx), not with a new page. */
    ConsoleBrowser tap(String css, String button) {
        driver.findElement(By.cssSelector(css)).findElements(By.tagName("button")).stream()
                .filter(candidate -> candidate.getText().equals(button)).findFirst().orElseThrow().click();
        return this;
    }

    /** Waits until an element the CSS selector finds is shown, as an answer in place arrives, and gives its text. */
    String await(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css))).getText();
    }

    /** Checks the radio button or check box the label names. */
    ConsoleBrowser check(String label) {
        WebElement checked = driver.findElement(By.xpath("//label[normalize-space()='" + label + "']"));
        driver.executeScript(IN_VIEW, checked);
        checked.click();
        return this;
    }

    ConsoleBrowser choose(String name, String option) {
        new Select(field(name)).selectByVisibleText(option);
        return this;
    }

    /** Chooses the option of the select the label names (one row of a sheet whose selects share their name). */
    ConsoleBrowser chooseFor(String label, String option) {
        String id = driver.findElement(By.xpath("//label[normalize-space()='" + label + "']")).getAttribute("for");
        new Select(driver.findElement(By.id(id))).selectByVisibleText(option);
        return this;
    }

    /** Presses the button with the text inside the element the CSS selector finds, and waits for the next page. */
    ConsoleBrowser press(String css, String button) {
        WebElement within = driver.findElement(By.cssSelector(css));
        WebElement pressed = within.findElements(By.tagName("button")).stream()
                .filter(candidate -> candidate.getText().equals(button)).findFirst().orElseThrow();
        driver.executeScript(IN_VIEW, pressed);
        pressed.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(pressed));
        return this;
    }

    /** The text of the element the CSS selector finds first. */
    String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    /** Waits until the text of the element the CSS selector finds is the one expected (a live update), then returns it. */
    String awaitText(String css, String expected) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.cssSelector(css), expected));
        return text(css);
    }

    ConsoleBrowser click(String linkText) {
        driver.findElement(By.linkText(linkText)).click();
        return this;
    }

    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The HTTP status the console answers this browser's session for the path (followed by no redirect). */
    int status(String path) {
        String cookies = driver.manage().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(platform.resolve(path)).header("Cookie", cookies).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The page's width as laid out: wider than the window means the person must scroll sideways. */
    long scrollWidth() {
        return ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails on any serious or critical violation axe-core finds on the screen, naming the rule and the elements. */
    void assertAccessible() {
        List<Rule> blocking = new AxeBuilder().analyze(driver).getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact())).toList();
        assertThat(blocking).as(() -> path() + ": " + blocking.stream().map(rule -> rule.getId() + " " + rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget())).toList()).toList()).isEmpty();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // A temporary profile left behind costs nothing.
        }
    }
}
