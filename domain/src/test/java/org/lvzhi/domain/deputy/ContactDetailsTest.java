package org.lvzhi.domain.deputy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.shared.ViolationAssertions.violationOf;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lvzhi.domain.shared.Violation;

class ContactDetailsTest {

    @Test
    @DisplayName("a deputy may have no contact details at all")
    void noneIsEmpty() {
        assertThat(ContactDetails.NONE.phone()).isEmpty();
        assertThat(ContactDetails.NONE.email()).isEmpty();
        assertThat(ContactDetails.NONE.address()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"13800000000", "+86 138 0000 0000", "0971-1234567", "12345"})
    @DisplayName("a phone number of digits, spaces and hyphens is accepted")
    void validPhonesAreAccepted(String phone) {
        assertThat(withPhone(phone).phone()).contains(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1234", "138-0000-000x", "-13800000000", "++8613800000000", "１３８００００００００", "123456789012345678901"})
    @DisplayName("anything but a phone number is refused as a phone number")
    void invalidPhonesAreRefused(String phone) {
        assertThat(violationOf(() -> withPhone(phone))).isEqualTo(new Violation("contact.phone", "电话号码格式不正确"));
    }

    @Test
    @DisplayName("a phone number is trimmed")
    void phoneIsTrimmed() {
        assertThat(withPhone("  13800000000 ").phone()).contains("13800000000");
    }

    @Test
    @DisplayName("a blank phone number counts as none")
    void blankPhoneIsEmpty() {
        assertThat(withPhone("   ").phone()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zhangsan@example.cn", "zhang.san+renda@qh.gov.cn"})
    @DisplayName("an e-mail address is accepted")
    void validEmailsAreAccepted(String email) {
        assertThat(withEmail(email).email()).contains(email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zhangsan", "zhangsan@example", "@example.cn", "zhang san@example.cn", "a@b@example.cn"})
    @DisplayName("anything but an e-mail address is refused as an e-mail address")
    void invalidEmailsAreRefused(String email) {
        assertThat(violationOf(() -> withEmail(email))).isEqualTo(new Violation("contact.email", "电子邮箱格式不正确"));
    }

    @Test
    @DisplayName("an e-mail address of 254 characters is accepted")
    void emailOf254IsAccepted() {
        String email = "a".repeat(249) + "@b.cn";

        assertThat(withEmail(email).email()).contains(email);
    }

    @Test
    @DisplayName("an e-mail address longer than 254 characters is refused")
    void emailOver254IsRefused() {
        assertThat(violationOf(() -> withEmail("a".repeat(250) + "@b.cn")).field()).isEqualTo("contact.email");
    }

    @Test
    @DisplayName("an e-mail address is trimmed")
    void emailIsTrimmed() {
        assertThat(withEmail(" zhangsan@example.cn ").email()).contains("zhangsan@example.cn");
    }

    @Test
    @DisplayName("a blank e-mail address counts as none")
    void blankEmailIsEmpty() {
        assertThat(withEmail(" ").email()).isEmpty();
    }

    @Test
    @DisplayName("a blank address counts as none")
    void blankAddressIsEmpty() {
        assertThat(withAddress("  ").address()).isEmpty();
    }

    @Test
    @DisplayName("an address is trimmed")
    void addressIsTrimmed() {
        assertThat(withAddress(" 西宁市城中区 ").address()).contains("西宁市城中区");
    }

    @Test
    @DisplayName("an address may not exceed 200 characters")
    void addressOver200IsRefused() {
        Violation violation = violationOf(() -> withAddress("路".repeat(201)));

        assertThat(violation.field()).isEqualTo("contact.address");
        assertThat(violation.message()).contains("不能超过 200 个字符");
    }

    @Test
    @DisplayName("each part of the contact details is required, even when empty")
    void partsAreRequired() {
        assertThat(violationOf(() -> new ContactDetails(null, Optional.empty(), Optional.empty())))
                .isEqualTo(new Violation("contact.phone", "必填"));
        assertThat(violationOf(() -> new ContactDetails(Optional.empty(), null, Optional.empty())))
                .isEqualTo(new Violation("contact.email", "必填"));
    }

    private static ContactDetails withPhone(String phone) {
        return new ContactDetails(Optional.of(phone), Optional.empty(), Optional.empty());
    }

    private static ContactDetails withEmail(String email) {
        return new ContactDetails(Optional.empty(), Optional.of(email), Optional.empty());
    }

    private static ContactDetails withAddress(String address) {
        return new ContactDetails(Optional.empty(), Optional.empty(), Optional.of(address));
    }
}
