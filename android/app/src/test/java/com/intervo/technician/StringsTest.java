package com.intervo.technician;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every text of the app exists in English, Romanian, Russian and Czech with the same placeholders, and the screens'
 * code asks only for texts that exist.
 */
public class StringsTest {

    private static final List<String> LANGUAGES = List.of("values", "values-ro", "values-ru", "values-cs");

    @Test
    public void everyTextInEveryLanguageWithTheSamePlaceholders() throws Exception {
        Map<String, String> english = strings("values");
        assertThat(english).hasSizeGreaterThan(50);
        List<String> problems = new ArrayList<>();
        for (String language : LANGUAGES.subList(1, LANGUAGES.size())) {
            Map<String, String> translated = strings(language);
            english.forEach((key, text) -> {
                if (key.equals("default_server")) {
                    return;
                }
                String other = translated.get(key);
                if (other == null || other.isBlank()) {
                    problems.add(language + ": missing " + key);
                } else if (!placeholders(text).equals(placeholders(other))) {
                    problems.add(language + ": placeholders of " + key + " differ");
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    public void theCodeAsksOnlyForTextsThatExist() throws Exception {
        Map<String, String> english = strings("values");
        Pattern used = Pattern.compile("(?<![\\w.])R\\.(string|plurals)\\.([a-z0-9_]+)");
        List<String> missing = new ArrayList<>();
        for (File source : sources(new File("src/main/java"))) {
            Matcher m = used.matcher(new String(java.nio.file.Files.readAllBytes(source.toPath()), "UTF-8"));
            while (m.find()) {
                if (!english.containsKey(m.group(2))) {
                    missing.add(source.getName() + ": " + m.group(2));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Map<String, String> strings(String folder) throws Exception {
        File file = new File("src/main/res/" + folder + "/strings.xml");
        Element root = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(file)
                .getDocumentElement();
        Map<String, String> texts = new TreeMap<>();
        NodeList strings = root.getElementsByTagName("string");
        for (int i = 0; i < strings.getLength(); i++) {
            Element e = (Element) strings.item(i);
            texts.put(e.getAttribute("name"), e.getTextContent());
        }
        NodeList plurals = root.getElementsByTagName("plurals");
        for (int i = 0; i < plurals.getLength(); i++) {
            Element e = (Element) plurals.item(i);
            texts.put(
                    e.getAttribute("name"),
                    e.getElementsByTagName("item").item(0).getTextContent());
        }
        return texts;
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("%(\\d\\$)?[sd]").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        java.util.Collections.sort(found);
        return found;
    }

    private static List<File> sources(File dir) {
        List<File> files = new ArrayList<>();
        File[] children = dir.listFiles();
        if (children != null) {
            for (File f : children) {
                if (f.isDirectory()) {
                    files.addAll(sources(f));
                } else if (f.getName().endsWith(".java")) {
                    files.add(f);
                }
            }
        }
        return files;
    }
}
