package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulletinRendererTest {
    private final BulletinRenderer renderer = new BulletinRenderer();

    @Test
    void markdownHasTheTextAndAnSvgFileForEveryFigure(@TempDir Path out) throws Exception {
        List<Path> files = renderer.render(BulletinFixtures.week45(), Locale.SIMPLIFIED_CHINESE, Format.MARKDOWN, out);

        assertThat(files).hasSize(12);
        assertThat(files.getFirst()).hasFileName("bulletin.md");
        String markdown = Files.readString(files.getFirst());
        assertThat(markdown)
                .startsWith("# 网络安全信息与动态周报2024年第45期（11月4日-11月10日）\n")
                .contains("\n## 一、本周网络安全基本态势\n")
                .contains("| 境内感染网络病毒的主机数 | 57.8万 | 49.3万 | ▲17.3% |")
                .contains("| 　其中政府网站数 | 47 | 47 | 持平 |")
                .contains("![图1 近12周境内感染网络病毒主机数量](figure-1.svg)")
                .contains("![图11 本周协调处理事件的机构类型分布](figure-11.svg)")
                .contains("- [网络安全信息与动态周报2024年第44期（10月28日-11月3日）](2024-W44/bulletin.html)");
        for (int n = 1; n <= 11; n++) {
            Path svg = out.resolve("figure-" + n + ".svg");
            assertThat(svg).exists();
            assertThat(Files.readString(svg))
                    .startsWith("<?xml")
                    .contains("<svg")
                    .contains("viewBox=");
        }
    }

    @Test
    void blocklistIsWrittenAsTextAndCsv(@TempDir Path out) throws Exception {
        List<Path> files = renderer.render(BulletinFixtures.week45(), Locale.ENGLISH, Format.BLOCKLIST, out);

        assertThat(files)
                .extracting(path -> path.getFileName().toString())
                .containsExactly("blocklist.txt", "blocklist.csv");
        assertThat(Files.readString(files.get(0)))
                .isEqualTo("# Cyber Security Weekly Bulletin 2024 No. 45 (Nov 4 – Nov 10): malware download addresses\n"
                        + "\n# URLs\nhttp://198.51.100.9:44312/i\nhttps://files.example.net/inv_2211.zip\n"
                        + "http://dl.example.com/a,b.exe\n"
                        + "\n# Domains\nfiles.example.net\ndl.example.com\n"
                        + "\n# IP addresses\n198.51.100.9\n");
        assertThat(Files.readString(files.get(1)))
                .isEqualTo("type,value\r\n"
                        + "url,http://198.51.100.9:44312/i\r\n"
                        + "url,https://files.example.net/inv_2211.zip\r\n"
                        + "url,\"http://dl.example.com/a,b.exe\"\r\n"
                        + "domain,files.example.net\r\n"
                        + "domain,dl.example.com\r\n"
                        + "ip,198.51.100.9\r\n");
    }

    @Test
    void chineseIsTheDefaultForOtherLocales() {
        assertThat(renderer.write(BulletinFixtures.week45(), Locale.GERMAN).title())
                .startsWith("网络安全信息与动态周报");
    }
}
