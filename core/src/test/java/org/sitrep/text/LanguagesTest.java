package org.sitrep.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguagesTest {
  @Test
  void tellsLatinLanguagesApartByFunctionWords() {
    assertEquals("pt", Languages.detect("Estou aqui ao lado do Eugênio, que já é de casa. Nunca"
        + " ouviu as brincadeiras musicais do grupo? Assista a uma palinha na escola."));
    assertEquals("it", Languages.detect("È stato annunciato in queste ore che il governo non"
        + " ha ancora deciso, anche se la decisione è attesa nel pomeriggio."));
    assertEquals("en", Languages.detect("The army said that the convoy was hit on the road."));
  }

  @Test
  void scriptsDecideFirst() {
    assertEquals("ar", Languages.detect("وقال مصدر محلي إن المفاوضات مستمرة في دوما."));
    assertEquals("und", Languages.detect("12345 -- !!"));
  }

  @Test
  void aTieIsDecidedTheSameWayEveryRun() {
    // one function word each for Italian and Portuguese: the fixed order decides, not a hash
    assertEquals("it", Languages.detect("sono dos"));
    assertEquals("it", Languages.detect("dos sono"));
    assertEquals("en", Languages.detect("the sono"));
  }
}
