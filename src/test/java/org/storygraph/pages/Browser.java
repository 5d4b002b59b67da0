package org.storygraph.pages;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for all browser tests, driven through Debian's chromedriver. Without the two on the
 * machine the tests are skipped with a message saying what to install; on CI (CI=true) they fail instead.
 */
public final class Browser {

    static final Path CHROMIUM = Path.of("/usr/lib/chromium/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static ChromeDriver driver;

    private Browser() {
    }

    public static synchronized ChromeDriver driver() {
        if (driver == null) {
            boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
            if (!installed && "true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("Browser tests need Chromium: apt-get install -y chromium chromium-driver");
            }
            assumeTrue(installed, "Browser tests skipped: no Chromium here. Install it with "
                    + "'apt-get install -y chromium chromium-driver' to run them.");
            var options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-extensions", "--window-size=1280,900");
            var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort().build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
        }
        return driver;
    }

    static <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver(), Duration.ofSeconds(20)).until(condition);
    }

    /**
     * Clicks the first displayed element matching the selector, waiting until one takes the click. The vis
     * timeline replaces its items as it settles, so a found item can go stale or be briefly not interactable.
     */
    static void clickWhenReady(By selector) {
        new WebDriverWait(driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(ElementNotInteractableException.class)
                .until(d -> {
                    WebElement element = d.findElements(selector).stream()
                            .filter(WebElement::isDisplayed).findFirst().orElse(null);
                    if (element == null) {
                        return false;
                    }
                    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
                    element.click();
                    return true;
                });
    }

    static void resize(int width, int height) {
        driver().manage().window().setSize(new Dimension(width, height));
    }

    /** Saves what the page looks like now under target/screenshots/NAME.png. */
    static Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
