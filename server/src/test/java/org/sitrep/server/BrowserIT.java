package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.store.EventQuery;
import org.sitrep.store.NewsPages;

/**
 * The web page in headless Chromium (Debian's chromium and chromium-driver): search, open a
 * story, click a map marker, open an event, review it, reload and see the review; a hostile page
 * runs no script. Screenshots go to target/screenshots/.
 */
class BrowserIT {
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  static final String CHROMIUM = "/usr/bin/chromium";
  static final Path SHOTS = Path.of("target", "screenshots");
  @TempDir static Path tmp;
  static Workbench wb;
  static WebDriver driver;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(Path.of(CHROMEDRIVER))
        && Files.isExecutable(Path.of(CHROMIUM)), "browser tests skipped: " + CHROMEDRIVER
        + " or " + CHROMIUM + " is missing (apt-get install chromium chromium-driver;"
        + " .ci/run installs them)");
    wb = new Workbench(tmp);
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM);
    o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--window-size=1500,950",
        "--user-data-dir=" + tmp.resolve("chrome-profile").toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    driver = new ChromeDriver(service, o);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (wb != null) {
      wb.close();
    }
  }

  static void shot(String name) throws IOException {
    Files.write(SHOTS.resolve(name + ".png"),
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  static void noScriptRan() {
    assertEquals(null, js("return window." + NewsPages.PWNED + ";"), "a page's script ran");
    assertEquals(0L, js("return document.querySelectorAll('main img, main script, main iframe,"
        + " main [onerror], main [onmouseover], a[href^=\"javascript:\"]').length;"));
  }

  static WebElement storyButton(String storyId) {
    return wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("#stories button[data-story='" + storyId + "']")));
  }

  @Test
  void searchStoryMapEventReviewReload() throws Exception {
    driver.get(wb.base + "/");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#stories li")));
    WebElement q = driver.findElement(By.id("q"));
    q.sendKeys("Douma", Keys.ENTER);
    // the list is drawn again when the search answers: wait for the searched list itself
    WebElement first = wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> {
          List<WebElement> b = d.findElements(By.cssSelector("#stories button"));
          return !b.isEmpty() && d.findElement(By.id("story-count")).getText().length() > 0
              && b.get(0).getText().contains("matching") ? b.get(0) : null;
        });
    List<WebElement> stories = driver.findElements(By.cssSelector("#stories button"));
    assertFalse(stories.isEmpty());
    assertTrue(first.getText().contains("matching"), first.getText());
    first.click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".timeline li")));
    List<WebElement> items = driver.findElements(By.cssSelector(".timeline li"));
    assertTrue(items.get(0).getText().matches("(?s)\\d{4}-\\d{2}-\\d{2}.*"),
        "dated events first: " + items.get(0).getText());
    assertTrue(driver.findElement(By.id("story")).getText().contains("independent origins"));
    shot("1-story");

    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("path.ev-marker")));
    // the last drawn is on top; while the map still pans or fades in after the story is chosen,
    // the map itself takes the click: try again once it has settled
    wait.ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> {
          List<WebElement> markers = d.findElements(By.cssSelector("path.ev-marker"));
          markers.get(markers.size() - 1).click();
          return true;
        });
    wait.until(d -> !d.findElements(By.cssSelector("#evidence")).isEmpty()
        || !d.findElements(By.cssSelector(".popup-event")).isEmpty());
    if (driver.findElements(By.id("evidence")).isEmpty()) {
      driver.findElement(By.cssSelector(".popup-event")).click();
    }
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evidence")));
    assertFalse(driver.findElement(By.id("evidence")).getText().isBlank());
    assertTrue(driver.findElement(By.id("event")).getText().contains("Claimant chain"));
    shot("2-event");

    driver.findElement(By.id("token")).sendKeys(wb.token);
    driver.findElement(By.id("note")).sendKeys("checked against the monitor");
    driver.findElement(By.id("accept")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-state"),
        "reviewed: accept"));
    JsonNode accepted = wb.store.search(EventQuery.of(java.util.Map.of("review", "accept")::get));
    assertEquals(1, accepted.path("total").asInt(), "the review reached the store");
    String reviewed = accepted.path("events").get(0).path("id").asText();
    String story = accepted.path("events").get(0).path("story_id").asText();

    driver.navigate().refresh();
    storyButton(story).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".timeline li")));
    assertTrue(driver.findElement(By.id("story")).getText().contains("reviewed: accept"));
    WebElement report = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("button[data-event='" + reviewed + "']")));
    report.sendKeys(Keys.ENTER); // keyboard: a focused button opens with Enter
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-state"),
        "reviewed: accept by analyst"));
    shot("3-reviewed");
    noScriptRan();
  }

  @Test
  void aHostilePageIsShownAsTextAndRunsNoScript() throws Exception {
    List<String> hostile = new ArrayList<>();
    String story = null;
    for (String id : wb.store.ids(EventQuery.all(), 10_000)) {
      JsonNode e = wb.store.events(List.of(id)).get(0);
      if (e.path("event_text").asText().contains(NewsPages.PWNED)) {
        hostile.add(id);
        story = e.path("story_id").asText();
      }
    }
    assertFalse(hostile.isEmpty(), "the hostile page yields events");
    driver.get(wb.base + "/");
    storyButton(story).click();
    WebElement report = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("button[data-event='" + hostile.get(0) + "']")));
    report.click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evidence")));
    String evidence = driver.findElement(By.id("evidence")).getText();
    assertTrue(evidence.contains("<script>") || evidence.contains("onerror"),
        "hostile markup shown as text: " + evidence);
    String panel = driver.findElement(By.id("event")).getText();
    assertTrue(panel.contains("<script>window." + NewsPages.PWNED + "=1</script>"),
        "the hostile title is shown as text");
    // direction overrides stay inside their element: the label after them reads normally
    assertEquals("isolate", js("return getComputedStyle(document.querySelector('#event"
        + " .data')).unicodeBidi;"));
    shot("4-hostile");
    js("document.querySelector('#event details') && document.querySelector('#event"
        + " details').setAttribute('open', '')");
    noScriptRan();
  }
}
