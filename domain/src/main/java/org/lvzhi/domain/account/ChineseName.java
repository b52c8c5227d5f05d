package org.lvzhi.domain.account;

import java.util.Set;
import org.lvzhi.domain.shared.Name;

/**
 * A person's name kept whole (as the register writes it, and shown whole), split only for an identity provider
 * that wants a family and a given name. The rule: a name of three or more Chinese characters beginning with a
 * two-character surname (复姓: 欧阳, 司马, 诸葛, 上官 …) has that surname; any other name of two or more Chinese
 * characters has its first character; a name of one character, or one not wholly in Chinese characters, is
 * all family name (nothing is guessed about names in other scripts).
 */
public record ChineseName(Name whole) {

    static final Set<String> COMPOUND_SURNAMES = Set.of(
            "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "长孙", "慕容", "令狐", "司徒", "夏侯",
            "轩辕", "宇文", "澹台", "端木", "独孤", "南宫", "西门", "百里", "呼延", "万俟", "单于", "闻人", "东郭",
            "公冶", "太叔", "申屠", "濮阳", "钟离", "赫连", "第五", "拓跋", "司空", "仲孙", "淳于", "鲜于", "亓官");

    public String display() {
        return whole.value();
    }

    public String family() {
        String name = whole.value();
        if (!name.codePoints().allMatch(ChineseName::isHan) || name.codePointCount(0, name.length()) < 2) {
            return name;
        }
        String firstTwo = name.substring(0, name.offsetByCodePoints(0, 2));
        if (COMPOUND_SURNAMES.contains(firstTwo) && name.codePointCount(0, name.length()) > 2) {
            return firstTwo;
        }
        return name.substring(0, name.offsetByCodePoints(0, 1));
    }

    public String given() {
        return whole.value().substring(family().length());
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
