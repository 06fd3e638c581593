<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>paht::ActionSet</name>
    <message>
        <source>Submit report</source>
        <extracomment>Action button. Glossary / Vietnamese: Gửi phản ánh</extracomment>
        <translation>Gửi phản ánh</translation>
    </message>
    <message>
        <source>Classify</source>
        <extracomment>Action button. Glossary / Vietnamese: Phân loại</extracomment>
        <translation>Phân loại</translation>
    </message>
    <message>
        <source>Clarify with reporter</source>
        <extracomment>Action button. Glossary / Vietnamese: Làm rõ thông tin</extracomment>
        <translation>Làm rõ thông tin</translation>
    </message>
    <message>
        <source>Record clarification</source>
        <extracomment>Action button. Glossary / Vietnamese: Ghi nhận thông tin đã làm rõ</extracomment>
        <translation>Ghi nhận thông tin đã làm rõ</translation>
    </message>
    <message>
        <source>Reject (out of scope)</source>
        <extracomment>Action button. Glossary / Vietnamese: Không tiếp nhận</extracomment>
        <translation>Không tiếp nhận</translation>
    </message>
    <message>
        <source>Mark as duplicate</source>
        <extracomment>Action button. Glossary / Vietnamese: Đánh dấu trùng lặp</extracomment>
        <translation>Đánh dấu trùng lặp</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <extracomment>Action button. Glossary / Vietnamese: Chuyển xử lý</extracomment>
        <translation>Chuyển xử lý</translation>
    </message>
    <message>
        <source>Accept</source>
        <extracomment>Action button. Glossary / Vietnamese: Tiếp nhận xử lý</extracomment>
        <translation>Tiếp nhận xử lý</translation>
    </message>
    <message>
        <source>Return to center</source>
        <extracomment>Action button. Glossary / Vietnamese: Trả lại Trung tâm</extracomment>
        <translation>Trả lại Trung tâm</translation>
    </message>
    <message>
        <source>Submit result</source>
        <extracomment>Action button. Glossary / Vietnamese: Gửi kết quả xử lý</extracomment>
        <translation>Gửi kết quả xử lý</translation>
    </message>
    <message>
        <source>Answer the reporter</source>
        <extracomment>Action button. Glossary / Vietnamese: Trả lời làm rõ</extracomment>
        <translation>Trả lời làm rõ</translation>
    </message>
    <message>
        <source>Request reporter&apos;s contact</source>
        <extracomment>Action button. Glossary / Vietnamese: Đề nghị cung cấp thông tin liên hệ</extracomment>
        <translation>Đề nghị cung cấp thông tin liên hệ</translation>
    </message>
    <message>
        <source>Approve</source>
        <extracomment>Action button. Glossary / Vietnamese: Phê duyệt</extracomment>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Return for rework</source>
        <extracomment>Action button. Glossary / Vietnamese: Trả lại để xử lý lại</extracomment>
        <translation>Trả lại để xử lý lại</translation>
    </message>
    <message>
        <source>Edit and approve</source>
        <extracomment>Action button. Glossary / Vietnamese: Sửa và phê duyệt</extracomment>
        <translation>Sửa và phê duyệt</translation>
    </message>
    <message>
        <source>Edit for publication</source>
        <extracomment>Action button. Glossary / Vietnamese: Biên tập</extracomment>
        <translation>Biên tập</translation>
    </message>
    <message>
        <source>Publish</source>
        <extracomment>Action button. Glossary / Vietnamese: Công khai</extracomment>
        <translation>Công khai</translation>
    </message>
    <message>
        <source>Answer the reporter privately</source>
        <extracomment>Action button. Glossary / Vietnamese: Trả lời riêng người phản ánh</extracomment>
        <translation>Trả lời riêng người phản ánh</translation>
    </message>
    <message>
        <source>Close without publication</source>
        <extracomment>Action button. Glossary / Vietnamese: Đóng, không công khai</extracomment>
        <translation>Đóng, không công khai</translation>
    </message>
    <message>
        <source>Change confidentiality</source>
        <extracomment>Action button. Glossary / Vietnamese: Thay đổi mức độ bảo mật</extracomment>
        <translation>Thay đổi mức độ bảo mật</translation>
    </message>
    <message>
        <source>Ask for clarification</source>
        <extracomment>Action button. Glossary / Vietnamese: Phản hồi / đề nghị làm rõ</extracomment>
        <translation>Phản hồi / đề nghị làm rõ</translation>
    </message>
    <message>
        <source>Rate the result</source>
        <extracomment>Action button. Glossary / Vietnamese: Đánh giá kết quả</extracomment>
        <translation>Đánh giá kết quả</translation>
    </message>
    <message>
        <source>Escalate to the Provincial People&apos;s Committee</source>
        <extracomment>Action button. Glossary / Vietnamese: Báo cáo UBND tỉnh</extracomment>
        <translation>Báo cáo UBND tỉnh</translation>
    </message>
    <message>
        <source>Resolve escalation</source>
        <extracomment>Action button. Glossary / Vietnamese: Kết thúc báo cáo UBND tỉnh</extracomment>
        <translation>Kết thúc báo cáo UBND tỉnh</translation>
    </message>
    <message>
        <source>Remind agency</source>
        <extracomment>Action button. Glossary / Vietnamese: Nhắc nhở, đôn đốc</extracomment>
        <translation>Nhắc nhở, đôn đốc</translation>
    </message>
    <message>
        <source>Give reporter&apos;s contact to agency</source>
        <extracomment>Action button. Glossary / Vietnamese: Cung cấp thông tin liên hệ cho cơ quan xử lý</extracomment>
        <translation>Cung cấp thông tin liên hệ cho cơ quan xử lý</translation>
    </message>
    <message>
        <source>Flag reporter</source>
        <extracomment>Action button. Glossary / Vietnamese: Ghi nhận / đánh dấu người phản ánh</extracomment>
        <translation>Ghi nhận / đánh dấu người phản ánh</translation>
    </message>
</context>
<context>
    <name>paht::AssignmentModel</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>An agency and its assignment&apos;s state, e.g. &quot;Sở Xây dựng — Đang xử lý&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <extracomment>An agency, its assignment&apos;s state and deadline, e.g. &quot;Sở Xây dựng — Đang xử lý — còn 3 giờ làm việc&quot;</extracomment>
        <translation>%1 — %2 — %3</translation>
    </message>
</context>
<context>
    <name>paht::AssignmentState</name>
    <message>
        <source>Awaiting acceptance</source>
        <extracomment>Assignment state. Glossary: Tiếp nhận xử lý → &quot;Chờ tiếp nhận xử lý&quot;</extracomment>
        <translation>Chờ tiếp nhận xử lý</translation>
    </message>
    <message>
        <source>Processing</source>
        <extracomment>Assignment state. Glossary: Xử lý → &quot;Đang xử lý&quot;</extracomment>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Returned to the center</source>
        <extracomment>Assignment state. Glossary: Trả lại Trung tâm → &quot;Đã trả lại Trung tâm&quot;</extracomment>
        <translation>Đã trả lại Trung tâm</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <extracomment>Assignment state. Glossary: Phê duyệt → &quot;Chờ phê duyệt&quot;</extracomment>
        <translation>Chờ phê duyệt</translation>
    </message>
    <message>
        <source>Returned for rework</source>
        <extracomment>Assignment state. Glossary: Trả lại để xử lý lại</extracomment>
        <translation>Trả lại để xử lý lại</translation>
    </message>
    <message>
        <source>Approved</source>
        <extracomment>Assignment state. Glossary: Phê duyệt → &quot;Đã phê duyệt&quot;</extracomment>
        <translation>Đã phê duyệt</translation>
    </message>
</context>
<context>
    <name>paht::CacheSchema</name>
    <message>
        <source>The local cache cannot be read: %1</source>
        <translation>Không đọc được bộ nhớ đệm trên máy: %1</translation>
    </message>
    <message>
        <source>The local cache was written by a newer version of the console (cache format %1; this version reads up to %2). Update the console, or forget this workstation to start a new cache.</source>
        <translation>Bộ nhớ đệm trên máy được tạo bởi phiên bản mới hơn của ứng dụng (định dạng %1; phiên bản này chỉ đọc được đến định dạng %2). Vui lòng cập nhật ứng dụng, hoặc xóa dữ liệu trên máy này để tạo bộ nhớ đệm mới.</translation>
    </message>
    <message>
        <source>The local cache cannot be updated: %1</source>
        <translation>Không cập nhật được bộ nhớ đệm trên máy: %1</translation>
    </message>
</context>
<context>
    <name>paht::Confidentiality</name>
    <message>
        <source>Public</source>
        <extracomment>Confidentiality level. Vietnamese: Công khai</extracomment>
        <translation>Công khai</translation>
    </message>
    <message>
        <source>Confidential</source>
        <extracomment>Confidentiality level, the reporter asked (R-4). Glossary: Giữ bí mật</extracomment>
        <translation>Giữ bí mật</translation>
    </message>
    <message>
        <source>State secret</source>
        <extracomment>Confidentiality level (R-17). Glossary: Bí mật nhà nước</extracomment>
        <translation>Bí mật nhà nước</translation>
    </message>
</context>
<context>
    <name>paht::ContactChannel</name>
    <message>
        <source>Phone</source>
        <extracomment>How the center reached the reporter. Vietnamese: Điện thoại</extracomment>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>How the center reached the reporter. Vietnamese: Thư điện tử</extracomment>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>SMS</source>
        <extracomment>How the center reached the reporter. Vietnamese: Tin nhắn SMS</extracomment>
        <translation>Tin nhắn SMS</translation>
    </message>
    <message>
        <source>App</source>
        <extracomment>How the center reached the reporter. Vietnamese: Ứng dụng Smart Quảng Ninh</extracomment>
        <translation>Ứng dụng Smart Quảng Ninh</translation>
    </message>
    <message>
        <source>In person</source>
        <extracomment>How the center reached the reporter. Vietnamese: Trực tiếp</extracomment>
        <translation>Trực tiếp</translation>
    </message>
</context>
<context>
    <name>paht::DeadlineText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>Glossary: Ngày làm việc → &quot;%n ngày&quot;</extracomment>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <extracomment>Glossary: Ngày làm việc → &quot;%n ngày làm việc&quot;</extracomment>
        <translation>
            <numerusform>%n ngày làm việc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <extracomment>Glossary: Giờ làm việc → &quot;%n giờ&quot;</extracomment>
        <translation>
            <numerusform>%n giờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working hour(s)</source>
        <extracomment>Glossary: Giờ làm việc → &quot;%n giờ làm việc&quot;</extracomment>
        <translation>
            <numerusform>%n giờ làm việc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <extracomment>Vietnamese: &quot;%n phút&quot;</extracomment>
        <translation>
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working minute(s)</source>
        <extracomment>Vietnamese: &quot;%n phút làm việc&quot;</extracomment>
        <translation>
            <numerusform>%n phút làm việc</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Joins &quot;1 day&quot; and &quot;2 hours&quot; into &quot;1 day 2 hours&quot; (Vietnamese: &quot;1 ngày 2 giờ&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>Working time left before the deadline; %1 is e.g. &quot;3 working hours&quot;. Vietnamese: &quot;còn %1&quot;</extracomment>
        <translation>còn %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <extracomment>%1 is e.g. &quot;1 day 2 hours&quot;. Glossary: Quá hạn → &quot;quá hạn %1&quot;</extracomment>
        <translation>quá hạn %1</translation>
    </message>
    <message>
        <source>paused</source>
        <extracomment>The deadline clock is stopped, e.g. while the center clarifies with the reporter. &quot;tạm dừng&quot;</extracomment>
        <translation>tạm dừng</translation>
    </message>
    <message>
        <source>done on time</source>
        <extracomment>A finished step that kept its deadline. Vietnamese: &quot;đúng hạn&quot;</extracomment>
        <translation>đúng hạn</translation>
    </message>
    <message>
        <source>done %1 late</source>
        <extracomment>A finished step that missed its deadline; %1 is e.g. &quot;2 hours&quot;. Vietnamese: &quot;trễ hạn %1&quot;</extracomment>
        <translation>trễ hạn %1</translation>
    </message>
</context>
<context>
    <name>paht::DirectoryFeed</name>
    <message>
        <source>Some directory entries could not be read: %1</source>
        <translation>Không đọc được một số mục trong danh mục: %1</translation>
    </message>
    <message>
        <source>The local cache cannot be written: %1</source>
        <translation>Không ghi được vào bộ nhớ đệm trên máy: %1</translation>
    </message>
</context>
<context>
    <name>paht::DuplicateFinder</name>
    <message>
        <source>Same category, %1 m away, text %2% alike</source>
        <extracomment>Cùng lĩnh vực, cách %1 m, nội dung giống %2%</extracomment>
        <translation>Cùng lĩnh vực, cách %1 m, nội dung giống %2%</translation>
    </message>
    <message>
        <source>Same category, %1 m away</source>
        <extracomment>Cùng lĩnh vực, cách %1 m</extracomment>
        <translation>Cùng lĩnh vực, cách %1 m</translation>
    </message>
    <message>
        <source>Text %1% alike</source>
        <extracomment>Nội dung giống %1%</extracomment>
        <translation>Nội dung giống %1%</translation>
    </message>
</context>
<context>
    <name>paht::EventDescription</name>
    <message>
        <source>Step &quot;%1&quot;</source>
        <extracomment>A step this version does not know; %1 is its technical name. Vietnamese: &quot;Bước &quot;%1&quot;&quot;</extracomment>
        <translation>Bước &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Report entered by the center</source>
        <extracomment>Timeline. Glossary: Tiếp nhận → &quot;Trung tâm nhập phản ánh&quot;</extracomment>
        <translation>Trung tâm nhập phản ánh</translation>
    </message>
    <message>
        <source>Report received</source>
        <extracomment>Timeline. Glossary: Tiếp nhận → &quot;Đã tiếp nhận phản ánh&quot;</extracomment>
        <translation>Đã tiếp nhận phản ánh</translation>
    </message>
    <message>
        <source>Classified as %1</source>
        <extracomment>Timeline; %1 is the category. Glossary: Phân loại / Lĩnh vực → &quot;Phân loại: %1&quot;</extracomment>
        <translation>Phân loại: %1</translation>
    </message>
    <message>
        <source>Reclassified from %1 to %2</source>
        <extracomment>Timeline; categories. Glossary: Phân loại → &quot;Phân loại lại từ %1 sang %2&quot;</extracomment>
        <translation>Phân loại lại từ %1 sang %2</translation>
    </message>
    <message>
        <source>Contacted the reporter to clarify (%1)</source>
        <extracomment>Timeline; %1 is how (phone, e-mail...). Glossary: Làm rõ thông tin → &quot;Liên hệ người phản ánh để làm rõ thông tin (%1)&quot;</extracomment>
        <translation>Liên hệ người phản ánh để làm rõ thông tin (%1)</translation>
    </message>
    <message>
        <source>Clarified with the reporter (%1)</source>
        <extracomment>Timeline; %1 is how. Glossary: Làm rõ thông tin → &quot;Đã làm rõ thông tin với người phản ánh (%1)&quot;</extracomment>
        <translation>Đã làm rõ thông tin với người phản ánh (%1)</translation>
    </message>
    <message>
        <source>Not taken (%1): %2</source>
        <extracomment>Timeline; %1 the kind (complaint...), %2 the reason. Glossary: Không tiếp nhận → &quot;Không tiếp nhận (%1): %2&quot;</extracomment>
        <translation>Không tiếp nhận (%1): %2</translation>
    </message>
    <message>
        <source>Duplicate of report %1</source>
        <extracomment>Timeline; %1 is the earlier report&apos;s number. Vietnamese: &quot;Trùng với phản ánh %1&quot;</extracomment>
        <translation>Trùng với phản ánh %1</translation>
    </message>
    <message>
        <source>Dispatched again to %1</source>
        <extracomment>Timeline; %1 is an agency. Glossary: Chuyển xử lý → &quot;Chuyển xử lý lại cho %1&quot;</extracomment>
        <translation>Chuyển xử lý lại cho %1</translation>
    </message>
    <message>
        <source>Dispatched to %1</source>
        <extracomment>Timeline; %1 is an agency. Glossary: Chuyển xử lý → &quot;Chuyển xử lý cho %1&quot;</extracomment>
        <translation>Chuyển xử lý cho %1</translation>
    </message>
    <message>
        <source>Accepted by %1</source>
        <extracomment>Timeline; %1 is an agency. Glossary: Tiếp nhận xử lý → &quot;%1 đã tiếp nhận xử lý&quot;</extracomment>
        <translation>%1 đã tiếp nhận xử lý</translation>
    </message>
    <message>
        <source>Returned to the center by %1: %2</source>
        <extracomment>Timeline; %1 agency, %2 reason. Glossary: Trả lại Trung tâm → &quot;%1 trả lại Trung tâm: %2&quot;</extracomment>
        <translation>%1 trả lại Trung tâm: %2</translation>
    </message>
    <message>
        <source>Reworked result submitted by %1</source>
        <extracomment>Timeline. Glossary: Kết quả xử lý → &quot;%1 gửi lại kết quả xử lý sau khi xử lý lại&quot;</extracomment>
        <translation>%1 gửi lại kết quả xử lý sau khi xử lý lại</translation>
    </message>
    <message>
        <source>Result submitted by %1</source>
        <extracomment>Timeline. Glossary: Kết quả xử lý → &quot;%1 gửi kết quả xử lý&quot;</extracomment>
        <translation>%1 gửi kết quả xử lý</translation>
    </message>
    <message>
        <source>Result of %1 approved</source>
        <extracomment>Timeline. Glossary: Phê duyệt → &quot;Lãnh đạo %1 phê duyệt kết quả&quot;</extracomment>
        <translation>Lãnh đạo %1 phê duyệt kết quả</translation>
    </message>
    <message>
        <source>Result of %1 returned for rework: %2</source>
        <extracomment>Timeline; %2 the reason. Glossary: Trả lại để xử lý lại → &quot;Kết quả của %1 bị trả lại để xử lý lại: %2&quot;</extracomment>
        <translation>Kết quả của %1 bị trả lại để xử lý lại: %2</translation>
    </message>
    <message>
        <source>Result of %1 edited and approved</source>
        <extracomment>Timeline. Glossary: Sửa và phê duyệt → &quot;Lãnh đạo %1 sửa và phê duyệt kết quả&quot;</extracomment>
        <translation>Lãnh đạo %1 sửa và phê duyệt kết quả</translation>
    </message>
    <message>
        <source>The reporter asked %1 to clarify the result</source>
        <extracomment>Timeline (R-18). Glossary: Phản hồi / Làm rõ → &quot;Người phản ánh đề nghị %1 làm rõ kết quả&quot;</extracomment>
        <translation>Người phản ánh đề nghị %1 làm rõ kết quả</translation>
    </message>
    <message>
        <source>%1 answered the reporter</source>
        <extracomment>Timeline (R-18). Glossary: Làm rõ → &quot;%1 đã trả lời, làm rõ cho người phản ánh&quot;</extracomment>
        <translation>%1 đã trả lời, làm rõ cho người phản ánh</translation>
    </message>
    <message>
        <source>%1 asked for the reporter&apos;s contact: %2</source>
        <extracomment>Timeline (R-27); %2 the reason. Vietnamese: &quot;%1 đề nghị cung cấp thông tin liên hệ người phản ánh: %2&quot;</extracomment>
        <translation>%1 đề nghị cung cấp thông tin liên hệ người phản ánh: %2</translation>
    </message>
    <message>
        <source>Every agency&apos;s result approved: awaiting publication</source>
        <extracomment>Timeline. Glossary: Công khai → &quot;Các cơ quan đã xử lý xong, chờ công khai&quot;</extracomment>
        <translation>Các cơ quan đã xử lý xong, chờ công khai</translation>
    </message>
    <message>
        <source>Publication on hold: handling continues</source>
        <extracomment>Timeline: an agency was added again, so publication waits. Vietnamese: &quot;Tạm dừng công khai để xử lý tiếp&quot;</extracomment>
        <translation>Tạm dừng công khai để xử lý tiếp</translation>
    </message>
    <message>
        <source>Public answer edited</source>
        <extracomment>Timeline. Glossary: Biên tập → &quot;Biên tập nội dung trả lời công khai&quot;</extracomment>
        <translation>Biên tập nội dung trả lời công khai</translation>
    </message>
    <message>
        <source>Result published</source>
        <extracomment>Timeline. Glossary: Công khai → &quot;Đã công khai kết quả xử lý&quot;</extracomment>
        <translation>Đã công khai kết quả xử lý</translation>
    </message>
    <message>
        <source>Result sent to the reporter only</source>
        <extracomment>Timeline (R-17). Glossary: Giữ bí mật → &quot;Đã trả lời riêng người phản ánh&quot;</extracomment>
        <translation>Đã trả lời riêng người phản ánh</translation>
    </message>
    <message>
        <source>Closed without publication (state secret)</source>
        <extracomment>Timeline (R-17). Glossary: Bí mật nhà nước → &quot;Đã đóng, không công khai (bí mật nhà nước)&quot;</extracomment>
        <translation>Đã đóng, không công khai (bí mật nhà nước)</translation>
    </message>
    <message>
        <source>Confidentiality set to %1</source>
        <extracomment>Timeline; %1 the new level. Vietnamese: &quot;Chuyển mức độ bảo mật thành: %1&quot;</extracomment>
        <translation>Chuyển mức độ bảo mật thành: %1</translation>
    </message>
    <message>
        <source>The reporter rated the result: %1</source>
        <extracomment>Timeline (R-19); %1 the level. Vietnamese: &quot;Người phản ánh đánh giá: %1&quot;</extracomment>
        <translation>Người phản ánh đánh giá: %1</translation>
    </message>
    <message>
        <source>Escalated to the Provincial People&apos;s Committee</source>
        <extracomment>Timeline (R-13). Glossary: Báo cáo UBND tỉnh → &quot;Đã báo cáo UBND tỉnh&quot;</extracomment>
        <translation>Đã báo cáo UBND tỉnh</translation>
    </message>
    <message>
        <source>Escalation resolved</source>
        <extracomment>Timeline (R-13). Vietnamese: &quot;UBND tỉnh đã có ý kiến chỉ đạo&quot;</extracomment>
        <translation>UBND tỉnh đã có ý kiến chỉ đạo</translation>
    </message>
    <message>
        <source>Reminder sent to %1</source>
        <extracomment>Timeline (R-24); %1 an agency. Glossary: Nhắc nhở, đôn đốc → &quot;Đã nhắc nhở, đôn đốc %1&quot;</extracomment>
        <translation>Đã nhắc nhở, đôn đốc %1</translation>
    </message>
    <message>
        <source>Reporter&apos;s contact given to %1: %2</source>
        <extracomment>Timeline (R-27); %2 the reason. Vietnamese: &quot;Đã cung cấp thông tin liên hệ người phản ánh cho %1: %2&quot;</extracomment>
        <translation>Đã cung cấp thông tin liên hệ người phản ánh cho %1: %2</translation>
    </message>
    <message>
        <source>Reporter recognised for valuable information</source>
        <extracomment>Timeline (R-28). Vietnamese: &quot;Ghi nhận người phản ánh cung cấp thông tin có giá trị&quot;</extracomment>
        <translation>Ghi nhận người phản ánh cung cấp thông tin có giá trị</translation>
    </message>
    <message>
        <source>Report flagged as false or abusive</source>
        <extracomment>Timeline (R-28). Vietnamese: &quot;Đánh dấu phản ánh sai sự thật, lợi dụng&quot;</extracomment>
        <translation>Đánh dấu phản ánh sai sự thật, lợi dụng</translation>
    </message>
    <message>
        <source>Reporter flag cleared</source>
        <extracomment>Timeline (R-28). Vietnamese: &quot;Bỏ đánh dấu người phản ánh&quot;</extracomment>
        <translation>Bỏ đánh dấu người phản ánh</translation>
    </message>
</context>
<context>
    <name>paht::FeedSync</name>
    <message>
        <source>The local cache cannot be cleared: %1</source>
        <translation>Không xóa được bộ nhớ đệm trên máy: %1</translation>
    </message>
    <message>
        <source>Report %1 could not be read: %2</source>
        <translation>Không đọc được phản ánh %1: %2</translation>
    </message>
    <message>
        <source>The local cache cannot be written: %1</source>
        <translation>Không ghi được vào bộ nhớ đệm trên máy: %1</translation>
    </message>
</context>
<context>
    <name>paht::Holiday</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Tết Dương lịch</translation>
    </message>
    <message>
        <source>Lunar New Year (Tet)</source>
        <translation>Tết Nguyên đán</translation>
    </message>
    <message>
        <source>Hung Kings&apos; Commemoration Day</source>
        <translation>Giỗ Tổ Hùng Vương</translation>
    </message>
    <message>
        <source>Reunification Day (30 April)</source>
        <translation>Ngày Chiến thắng (30/4)</translation>
    </message>
    <message>
        <source>International Labour Day</source>
        <translation>Ngày Quốc tế Lao động</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Quốc khánh</translation>
    </message>
    <message>
        <source>National Day (adjacent day)</source>
        <translation>Quốc khánh (ngày liền kề)</translation>
    </message>
</context>
<context>
    <name>paht::IntakeCheck</name>
    <message>
        <source>The report has no title</source>
        <extracomment>Thiếu tiêu đề phản ánh</extracomment>
        <translation>Thiếu tiêu đề phản ánh</translation>
    </message>
    <message>
        <source>The title does not look Vietnamese</source>
        <extracomment>Tiêu đề có vẻ không viết bằng tiếng Việt</extracomment>
        <translation>Tiêu đề có vẻ không viết bằng tiếng Việt</translation>
    </message>
    <message>
        <source>The report has no description</source>
        <extracomment>Thiếu nội dung phản ánh</extracomment>
        <translation>Thiếu nội dung phản ánh</translation>
    </message>
    <message>
        <source>The description does not look Vietnamese</source>
        <extracomment>Nội dung có vẻ không viết bằng tiếng Việt</extracomment>
        <translation>Nội dung có vẻ không viết bằng tiếng Việt</translation>
    </message>
    <message>
        <source>The reporter&apos;s name is missing</source>
        <extracomment>Thiếu họ tên người phản ánh</extracomment>
        <translation>Thiếu họ tên người phản ánh</translation>
    </message>
    <message>
        <source>The phone number is missing</source>
        <extracomment>Thiếu số điện thoại</extracomment>
        <translation>Thiếu số điện thoại</translation>
    </message>
    <message>
        <source>The phone number is not a Vietnamese number</source>
        <extracomment>Số điện thoại không đúng định dạng Việt Nam</extracomment>
        <translation>Số điện thoại không đúng định dạng Việt Nam</translation>
    </message>
    <message>
        <source>The email address is missing</source>
        <extracomment>Thiếu địa chỉ email</extracomment>
        <translation>Thiếu địa chỉ email</translation>
    </message>
    <message>
        <source>The email address is not valid</source>
        <extracomment>Địa chỉ email không hợp lệ</extracomment>
        <translation>Địa chỉ email không hợp lệ</translation>
    </message>
    <message>
        <source>The reporter asked for confidentiality: the result goes to them only and is not published</source>
        <extracomment>Người phản ánh đề nghị giữ bí mật: kết quả chỉ gửi riêng cho người phản ánh, không công khai</extracomment>
        <translation>Người phản ánh đề nghị giữ bí mật: kết quả chỉ gửi riêng cho người phản ánh, không công khai</translation>
    </message>
    <message>
        <source>State secret: the result is not published</source>
        <extracomment>Bí mật nhà nước: kết quả không được công khai</extracomment>
        <translation>Bí mật nhà nước: kết quả không được công khai</translation>
    </message>
    <message>
        <source>The position is outside Quảng Ninh province</source>
        <extracomment>Vị trí nằm ngoài địa bàn tỉnh Quảng Ninh</extracomment>
        <translation>Vị trí nằm ngoài địa bàn tỉnh Quảng Ninh</translation>
    </message>
</context>
<context>
    <name>paht::LocalCache</name>
    <message>
        <source>The local cache %1 cannot be created</source>
        <translation>Không tạo được bộ nhớ đệm trên máy %1</translation>
    </message>
    <message>
        <source>The local cache cannot be opened: %1</source>
        <translation>Không mở được bộ nhớ đệm trên máy: %1</translation>
    </message>
    <message>
        <source>Some files of the local cache could not be deleted from %1</source>
        <translation>Không xóa được một số tệp của bộ nhớ đệm trên máy trong %1</translation>
    </message>
    <message>
        <source>A command needs its commandId before it is queued</source>
        <translation>Thao tác phải có commandId trước khi được đưa vào hàng đợi gửi</translation>
    </message>
    <message>
        <source>No answered command %1 in the outbox</source>
        <translation>Không có thao tác %1 đã được phản hồi trong hàng đợi gửi</translation>
    </message>
</context>
<context>
    <name>paht::PhotoCache</name>
    <message>
        <source>&quot;%1&quot; is not the name of a photo</source>
        <translation>&quot;%1&quot; không phải là tên của một ảnh</translation>
    </message>
    <message>
        <source>The photo %1 arrived damaged (its content does not match its name) and was not kept</source>
        <translation>Ảnh %1 nhận về bị lỗi (nội dung không khớp với tên) nên không được lưu</translation>
    </message>
    <message>
        <source>The photo %1 is larger than the whole photo cache</source>
        <translation>Ảnh %1 lớn hơn toàn bộ dung lượng bộ nhớ đệm ảnh</translation>
    </message>
    <message>
        <source>The photo %1 cannot be written to %2</source>
        <translation>Không ghi được ảnh %1 vào %2</translation>
    </message>
    <message>
        <source>The photo %1 cannot be indexed</source>
        <translation>Không lập chỉ mục được ảnh %1</translation>
    </message>
</context>
<context>
    <name>paht::PhotoFetcher</name>
    <message>
        <source>&quot;%1&quot; is not the name of a photo</source>
        <translation>&quot;%1&quot; không phải là tên của một ảnh</translation>
    </message>
    <message>
        <source>The store cannot be reached: %1</source>
        <translation>Không kết nối được máy chủ: %1</translation>
    </message>
    <message>
        <source>This photo is not available to you</source>
        <translation>Ảnh này không tồn tại hoặc bạn không có quyền xem</translation>
    </message>
    <message>
        <source>The store refused the photo: %1</source>
        <translation>Máy chủ từ chối cung cấp ảnh: %1</translation>
    </message>
</context>
<context>
    <name>paht::QueueCatalog</name>
    <message>
        <source>All</source>
        <extracomment>Queue: every report. Vietnamese: Tất cả</extracomment>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>Queue: reports received, not yet handled. Vietnamese: Mới tiếp nhận</extracomment>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Clarifying</source>
        <extracomment>Queue: checking with the reporter. Glossary: Làm rõ thông tin</extracomment>
        <translation>Đang làm rõ</translation>
    </message>
    <message>
        <source>Returned by agency</source>
        <extracomment>Queue: awaiting re-dispatch. Glossary: Trả lại Trung tâm</extracomment>
        <translation>Cơ quan trả lại</translation>
    </message>
    <message>
        <source>Awaiting publication</source>
        <extracomment>Queue. Glossary: Công khai → &quot;Chờ công khai&quot;</extracomment>
        <translation>Chờ công khai</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Queue: any step past its deadline. Glossary: Quá hạn</extracomment>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Published</source>
        <extracomment>Queue. Glossary: Công khai → &quot;Đã công khai&quot;</extracomment>
        <translation>Đã công khai</translation>
    </message>
    <message>
        <source>To accept</source>
        <extracomment>Queue. Glossary: Tiếp nhận xử lý → &quot;Chờ tiếp nhận&quot;</extracomment>
        <translation>Chờ tiếp nhận</translation>
    </message>
    <message>
        <source>In progress</source>
        <extracomment>Queue. Glossary: Xử lý → &quot;Đang xử lý&quot;</extracomment>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Rework requested</source>
        <extracomment>Queue. Glossary: Trả lại để xử lý lại → &quot;Xử lý lại&quot;</extracomment>
        <translation>Yêu cầu xử lý lại</translation>
    </message>
    <message>
        <source>Reporter asks for clarification</source>
        <extracomment>Queue (R-18). Glossary: Phản hồi / Làm rõ</extracomment>
        <translation>Người phản ánh đề nghị làm rõ</translation>
    </message>
    <message>
        <source>All of my agency</source>
        <extracomment>Queue. Vietnamese: Tất cả của cơ quan</extracomment>
        <translation>Tất cả của cơ quan</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <extracomment>Queue. Glossary: Phê duyệt → &quot;Chờ phê duyệt&quot;</extracomment>
        <translation>Chờ phê duyệt</translation>
    </message>
    <message>
        <source>Overdue in my agency</source>
        <extracomment>Queue. Glossary: Quá hạn → &quot;Quá hạn của cơ quan&quot;</extracomment>
        <translation>Quá hạn của cơ quan</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <extracomment>Queue of one agency&apos;s overdue reports; %1 is the agency&apos;s name. Glossary: &quot;Quá hạn: %1&quot;</extracomment>
        <translation>Quá hạn: %1</translation>
    </message>
    <message>
        <source>Escalated</source>
        <extracomment>Queue (R-13). Glossary: Báo cáo UBND tỉnh → &quot;Đã báo cáo UBND tỉnh&quot;</extracomment>
        <translation>Đã báo cáo UBND tỉnh</translation>
    </message>
</context>
<context>
    <name>paht::QueueListModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A queue with its count, e.g. &quot;Mới (12)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 · %n overdue)</source>
        <extracomment>A queue with its count and how many are overdue, e.g. &quot;Mới (12 · 3 quá hạn)&quot;. Glossary: Quá hạn</extracomment>
        <translation>
            <numerusform>%1 (%2 · %n quá hạn)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paht::Rating</name>
    <message>
        <source>Very satisfied</source>
        <extracomment>Rating (R-19). Glossary: Rất hài lòng</extracomment>
        <translation>Rất hài lòng</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <extracomment>Rating (R-19). Glossary: Hài lòng</extracomment>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <source>Neutral</source>
        <extracomment>Rating (R-19). Glossary: Bình thường</extracomment>
        <translation>Bình thường</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <extracomment>Rating (R-19). Glossary: Không hài lòng</extracomment>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <extracomment>Rating (R-19). Glossary: Rất không hài lòng</extracomment>
        <translation>Rất không hài lòng</translation>
    </message>
</context>
<context>
    <name>paht::RejectionKind</name>
    <message>
        <source>Complaint</source>
        <extracomment>Why a report is not taken (R-5). Vietnamese: Khiếu nại</extracomment>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <source>Denunciation</source>
        <extracomment>Why a report is not taken (R-5). Vietnamese: Tố cáo</extracomment>
        <translation>Tố cáo</translation>
    </message>
    <message>
        <source>Request for legal advice</source>
        <extracomment>Why a report is not taken (R-5). Vietnamese: Đề nghị tư vấn pháp luật</extracomment>
        <translation>Đề nghị tư vấn pháp luật</translation>
    </message>
    <message>
        <source>False or abusive</source>
        <extracomment>Why a report is not taken (R-28). Vietnamese: Sai sự thật, lợi dụng</extracomment>
        <translation>Sai sự thật, lợi dụng</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <extracomment>Why a report is not taken. Vietnamese: Trùng lặp</extracomment>
        <translation>Trùng lặp</translation>
    </message>
</context>
<context>
    <name>paht::ReportAccess</name>
    <message>
        <source>[state secret]</source>
        <translation>[bí mật nhà nước]</translation>
    </message>
    <message>
        <source>[confidential reporter]</source>
        <translation>[thông tin người phản ánh được bảo mật]</translation>
    </message>
</context>
<context>
    <name>paht::ReportState</name>
    <message>
        <source>Received</source>
        <extracomment>Report state. Glossary: Tiếp nhận → &quot;Mới tiếp nhận&quot;</extracomment>
        <translation>Mới tiếp nhận</translation>
    </message>
    <message>
        <source>Clarifying</source>
        <extracomment>Report state. Glossary: Làm rõ thông tin → &quot;Đang làm rõ thông tin&quot;</extracomment>
        <translation>Đang làm rõ thông tin</translation>
    </message>
    <message>
        <source>Rejected</source>
        <extracomment>Report state. Glossary: Không tiếp nhận</extracomment>
        <translation>Không tiếp nhận</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <extracomment>Report state. Glossary: Chuyển xử lý → &quot;Đã chuyển xử lý&quot;</extracomment>
        <translation>Đã chuyển xử lý</translation>
    </message>
    <message>
        <source>In progress</source>
        <extracomment>Report state. Glossary: Xử lý → &quot;Đang xử lý&quot;</extracomment>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Awaiting publication</source>
        <extracomment>Report state. Glossary: Công khai → &quot;Chờ công khai&quot;</extracomment>
        <translation>Chờ công khai</translation>
    </message>
    <message>
        <source>Published</source>
        <extracomment>Report state. Glossary: Công khai → &quot;Đã công khai&quot;</extracomment>
        <translation>Đã công khai</translation>
    </message>
    <message>
        <source>Answered privately</source>
        <extracomment>Report state (R-17). Glossary: Giữ bí mật → &quot;Đã trả lời riêng (giữ bí mật)&quot;</extracomment>
        <translation>Đã trả lời riêng (giữ bí mật)</translation>
    </message>
    <message>
        <source>Closed (state secret)</source>
        <extracomment>Report state (R-17). Glossary: Bí mật nhà nước → &quot;Đã đóng (bí mật nhà nước)&quot;</extracomment>
        <translation>Đã đóng (bí mật nhà nước)</translation>
    </message>
</context>
<context>
    <name>paht::ReportTableModel</name>
    <message>
        <source>%1 · %2 · due %3</source>
        <extracomment>Tooltip of the deadline badge: step, status, deadline. Glossary: Hạn xử lý → &quot;%1 · %2 · hạn %3&quot;</extracomment>
        <translation>%1 · %2 · hạn %3</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>Column: the report number. Vietnamese: Số phản ánh</extracomment>
        <translation>Số phản ánh</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Column. Vietnamese: Tiêu đề</extracomment>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Category</source>
        <extracomment>Column. Glossary: Lĩnh vực</extracomment>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Ward/commune</source>
        <extracomment>Column: where the problem is. Vietnamese: Phường/xã</extracomment>
        <translation>Phường/xã</translation>
    </message>
    <message>
        <source>Handling agency</source>
        <extracomment>Column. Glossary: Cơ quan xử lý</extracomment>
        <translation>Cơ quan xử lý</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column. Vietnamese: Trạng thái</extracomment>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>Column: when the report arrived. Glossary: Tiếp nhận → &quot;Thời gian tiếp nhận&quot;</extracomment>
        <translation>Thời gian tiếp nhận</translation>
    </message>
    <message>
        <source>Deadline</source>
        <extracomment>Column. Glossary: Hạn xử lý</extracomment>
        <translation>Hạn xử lý</translation>
    </message>
</context>
<context>
    <name>paht::Role</name>
    <message>
        <source>Intake operator</source>
        <extracomment>Staff role at the Operations Center. Glossary: Nhân sự tiếp nhận</extracomment>
        <translation>Nhân sự tiếp nhận</translation>
    </message>
    <message>
        <source>Publication editor</source>
        <extracomment>Staff role at the Operations Center. Glossary: Biên tập → &quot;Biên tập viên&quot;</extracomment>
        <translation>Biên tập viên</translation>
    </message>
    <message>
        <source>Provincial Office (supervisor)</source>
        <extracomment>The Provincial Office. Glossary: Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh</extracomment>
        <translation>Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh (giám sát)</translation>
    </message>
    <message>
        <source>Agency specialist</source>
        <extracomment>Glossary: Chuyên viên (cơ quan xử lý)</extracomment>
        <translation>Chuyên viên cơ quan xử lý</translation>
    </message>
    <message>
        <source>Agency leader</source>
        <extracomment>Glossary: Lãnh đạo (cơ quan xử lý)</extracomment>
        <translation>Lãnh đạo cơ quan xử lý</translation>
    </message>
    <message>
        <source>Administrator</source>
        <extracomment>Vietnamese: Quản trị hệ thống</extracomment>
        <translation>Quản trị hệ thống</translation>
    </message>
</context>
<context>
    <name>paht::SlaStage</name>
    <message>
        <source>Intake</source>
        <extracomment>Step with a deadline (R-8). Glossary: Tiếp nhận</extracomment>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <extracomment>Step with a deadline (R-9). Glossary: Tiếp nhận xử lý</extracomment>
        <translation>Tiếp nhận xử lý</translation>
    </message>
    <message>
        <source>Return to the center</source>
        <extracomment>Step with a deadline (R-11). Glossary: Trả lại Trung tâm</extracomment>
        <translation>Trả lại Trung tâm</translation>
    </message>
    <message>
        <source>Handling</source>
        <extracomment>Step with a deadline (R-10). Glossary: Xử lý</extracomment>
        <translation>Xử lý</translation>
    </message>
    <message>
        <source>Approval</source>
        <extracomment>Step with a deadline (R-12). Glossary: Phê duyệt</extracomment>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Publication</source>
        <extracomment>Step with a deadline (R-14). Glossary: Công khai</extracomment>
        <translation>Công khai</translation>
    </message>
    <message>
        <source>Answer to the reporter</source>
        <extracomment>Step with a deadline (R-18). Glossary: Phản hồi / Làm rõ → &quot;Làm rõ theo phản hồi&quot;</extracomment>
        <translation>Làm rõ theo phản hồi</translation>
    </message>
</context>
<context>
    <name>paht::StageStatus</name>
    <message>
        <source>On track</source>
        <extracomment>Deadline status. Vietnamese: Trong hạn</extracomment>
        <translation>Trong hạn</translation>
    </message>
    <message>
        <source>Due soon</source>
        <extracomment>Deadline status. Glossary: Sắp đến hạn</extracomment>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Deadline status. Glossary: Quá hạn</extracomment>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Paused</source>
        <extracomment>Deadline status, e.g. while the center clarifies with the reporter. Vietnamese: Tạm dừng</extracomment>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Met</source>
        <extracomment>Deadline status of a finished step. Vietnamese: Đúng hạn</extracomment>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Missed</source>
        <extracomment>Deadline status of a finished step. Vietnamese: Trễ hạn</extracomment>
        <translation>Trễ hạn</translation>
    </message>
</context>
<context>
    <name>paht::SyncClient</name>
    <message>
        <source>The store cannot be reached (%1).</source>
        <translation>Không kết nối được máy chủ (%1).</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Tên đăng nhập hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a moment and try again.</source>
        <translation>Đăng nhập sai quá nhiều lần. Vui lòng chờ một lát rồi thử lại.</translation>
    </message>
    <message>
        <source>The store refused the login: %1</source>
        <translation>Máy chủ từ chối đăng nhập: %1</translation>
    </message>
    <message>
        <source>The store&apos;s answer to the login could not be read.</source>
        <translation>Không đọc được phản hồi đăng nhập của máy chủ.</translation>
    </message>
    <message>
        <source>This local cache belongs to %1.</source>
        <translation>Bộ nhớ đệm trên máy này thuộc về tài khoản %1.</translation>
    </message>
    <message>
        <source>The local cache cannot be written: %1</source>
        <translation>Không ghi được vào bộ nhớ đệm trên máy: %1</translation>
    </message>
    <message>
        <source>Offline unlock could not be prepared; working offline will need an online login first.</source>
        <translation>Chưa thiết lập được việc mở khóa khi ngoại tuyến; muốn làm việc ngoại tuyến, bạn cần đăng nhập trực tuyến trước.</translation>
    </message>
    <message>
        <source>The action could not be queued: %1</source>
        <translation>Không đưa được thao tác vào hàng đợi gửi: %1</translation>
    </message>
    <message>
        <source>The store refused a request: %1</source>
        <translation>Máy chủ từ chối một yêu cầu: %1</translation>
    </message>
</context>
<context>
    <name>paht::TimelineModel</name>
    <message>
        <source>Reporter</source>
        <extracomment>Who did a step: the citizen who sent the report. Vietnamese: Người phản ánh</extracomment>
        <translation>Người phản ánh</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>Who did a step: the system itself. Vietnamese: Hệ thống</extracomment>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Tooltip of a timeline step: time and who. Vietnamese: &quot;%1 · %2&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>paht::TokenVault</name>
    <message>
        <source>The session was not remembered (system keychain: %1). You will log in again next time.</source>
        <translation>Phiên đăng nhập chưa được ghi nhớ (kho khóa của hệ thống: %1). Lần sau bạn sẽ cần đăng nhập lại.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time; the session was not remembered. You will log in again next time.</source>
        <translation>Kho khóa của hệ thống không phản hồi kịp; phiên đăng nhập chưa được ghi nhớ. Lần sau bạn sẽ cần đăng nhập lại.</translation>
    </message>
    <message>
        <source>No system keychain is available; the session was not remembered. You will log in again next time.</source>
        <translation>Không có kho khóa của hệ thống; phiên đăng nhập chưa được ghi nhớ. Lần sau bạn sẽ cần đăng nhập lại.</translation>
    </message>
</context>
<context>
    <name>paht::ui::ActionPrompt</name>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (đề xuất)</translation>
    </message>
    <message>
        <source>Handling agencies for %1:</source>
        <translation>Cơ quan xử lý phản ánh %1:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Lĩnh vực:</translation>
    </message>
    <message>
        <source>Instruction to the agencies (optional):</source>
        <translation>Nội dung đề nghị cơ quan xử lý (không bắt buộc):</translation>
    </message>
    <message>
        <source>What must be clarified with the reporter (contact by phone):</source>
        <translation>Nội dung cần làm rõ với người phản ánh (liên hệ qua điện thoại):</translation>
    </message>
    <message>
        <source>What the reporter said:</source>
        <translation>Thông tin người phản ánh cung cấp:</translation>
    </message>
    <message>
        <source>Why the report is not accepted:</source>
        <translation>Lý do không tiếp nhận:</translation>
    </message>
    <message>
        <source>Reason the reporter will see:</source>
        <translation>Lý do (người phản ánh sẽ nhận được):</translation>
    </message>
    <message>
        <source>Number of the earlier report (PAHT-yyyy-nnnnnn):</source>
        <translation>Số phản ánh trước đó (PAHT-yyyy-nnnnnn):</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Cơ quan:</translation>
    </message>
    <message>
        <source>Reason for the disclosure (recorded):</source>
        <translation>Lý do cung cấp thông tin (sẽ được lưu lại):</translation>
    </message>
    <message>
        <source>The reporter&apos;s information is:</source>
        <translation>Thông tin người phản ánh cung cấp:</translation>
    </message>
    <message>
        <source>Valuable</source>
        <translation>Có giá trị</translation>
    </message>
    <message>
        <source>False or abusive</source>
        <translation>Sai sự thật, lợi dụng</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>Không đánh dấu</translation>
    </message>
    <message>
        <source>Confidentiality:</source>
        <translation>Mức độ bảo mật:</translation>
    </message>
</context>
<context>
    <name>paht::ui::ConflictDialog</name>
    <message>
        <source>Commands not applied</source>
        <translation>Thao tác chưa được thực hiện</translation>
    </message>
    <message>
        <source>Dismiss selected</source>
        <translation>Bỏ qua mục đã chọn</translation>
    </message>
    <message>
        <source>The store did not apply these commands. Read what changed, then act again on the current report if it is still needed.</source>
        <translation>Máy chủ không thực hiện các thao tác này. Vui lòng xem các thay đổi, sau đó thao tác lại trên phản ánh hiện tại nếu vẫn cần thiết.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 (phản ánh %2)</translation>
    </message>
    <message>
        <source>Someone changed the report after you looked at it (your version %1). Since then:</source>
        <translation>Phản ánh đã được người khác thay đổi sau khi bạn xem (phiên bản bạn đã xem: %1). Các thay đổi từ đó đến nay:</translation>
    </message>
    <message>
        <source>The report is no longer at the step this action belongs to.</source>
        <translation>Phản ánh không còn ở bước xử lý của thao tác này.</translation>
    </message>
    <message>
        <source>Your role may not take this action.</source>
        <translation>Vai trò của bạn không được thực hiện thao tác này.</translation>
    </message>
    <message>
        <source>This belongs to another agency.</source>
        <translation>Phản ánh này thuộc cơ quan khác.</translation>
    </message>
    <message>
        <source>Something in the action is missing or not valid.</source>
        <translation>Thao tác thiếu thông tin hoặc thông tin không hợp lệ.</translation>
    </message>
    <message>
        <source>The report is not (or no longer) visible to you.</source>
        <translation>Bạn không (hoặc không còn) được xem phản ánh này.</translation>
    </message>
    <message>
        <source>The store refused the action.</source>
        <translation>Máy chủ từ chối thao tác.</translation>
    </message>
</context>
<context>
    <name>paht::ui::ConsoleSession</name>
    <message>
        <source>The local cache cannot be opened: %1</source>
        <translation>Không mở được bộ nhớ đệm trên máy: %1</translation>
    </message>
    <message>
        <source>The store cannot be reached and the password does not unlock this workstation&apos;s cache.</source>
        <translation>Không kết nối được máy chủ và mật khẩu không mở khóa được bộ nhớ đệm trên máy này.</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>Phiên đăng nhập đã kết thúc. Vui lòng đăng nhập lại.</translation>
    </message>
</context>
<context>
    <name>paht::ui::DesktopNotifier</name>
    <message numerus="yes">
        <source>%1: %n new</source>
        <translation>
            <numerusform>%1: %n mới</numerusform>
        </translation>
    </message>
    <message>
        <source>New reports in your queues</source>
        <translation>Có phản ánh mới trong hàng đợi của bạn</translation>
    </message>
    <message>
        <source>Deadlines coming close</source>
        <translation>Sắp đến hạn xử lý</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) in your queues are due soon.</source>
        <translation>
            <numerusform>%n phản ánh trong hàng đợi của bạn sắp đến hạn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadlines passed</source>
        <translation>Đã quá hạn xử lý</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) in your queues became overdue.</source>
        <translation>
            <numerusform>%n phản ánh trong hàng đợi của bạn đã quá hạn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paht::ui::FilterBar</name>
    <message>
        <source>Received from</source>
        <translation>Tiếp nhận từ ngày</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Chỉ phản ánh quá hạn</translation>
    </message>
    <message>
        <source>Search number, title, place, reporter… (Ctrl+F)</source>
        <translation>Tìm theo số, tiêu đề, địa điểm, người phản ánh… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>Any confidentiality</source>
        <translation>Mọi mức độ bảo mật</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <source>Any agency</source>
        <translation>Tất cả cơ quan</translation>
    </message>
    <message>
        <source>Any ward/commune</source>
        <translation>Tất cả phường/xã</translation>
    </message>
</context>
<context>
    <name>paht::ui::IntakePanel</name>
    <message>
        <source>Link as duplicate</source>
        <translation>Liên kết là trùng lặp</translation>
    </message>
    <message>
        <source>Completeness check</source>
        <translation>Kiểm tra tính đầy đủ</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Phản ánh có thể trùng lặp</translation>
    </message>
    <message>
        <source>Complete: nothing missing.</source>
        <translation>Đầy đủ: không thiếu thông tin.</translation>
    </message>
</context>
<context>
    <name>paht::ui::LoginDialog</name>
    <message>
        <source>PAHT — Log in</source>
        <translation>PAHT — Đăng nhập</translation>
    </message>
    <message>
        <source>https://paht.example.gov.vn</source>
        <translation>https://paht.example.gov.vn</translation>
    </message>
    <message>
        <source>Store address:</source>
        <translation>Địa chỉ máy chủ:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Field reports — Operations Center</source>
        <translation>Phản ánh hiện trường — Trung tâm điều hành thành phố thông minh</translation>
    </message>
</context>
<context>
    <name>paht::ui::MainWindow</name>
    <message>
        <source>PAHT — Field reports — %1 (%2)</source>
        <translation>PAHT — Phản ánh hiện trường — %1 (%2)</translation>
    </message>
    <message>
        <source>Offline: the store cannot be reached. You are reviewing the local copy; your actions wait in the outbox and are sent when the store is back.</source>
        <translation>Ngoại tuyến: không kết nối được máy chủ. Bạn đang xem bản sao lưu trên máy; các thao tác của bạn được giữ trong hàng đợi gửi và sẽ được gửi khi kết nối lại với máy chủ.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>Đồng &amp;bộ ngay</translation>
    </message>
    <message>
        <source>Commands not applied…</source>
        <translation>Thao tác chưa được thực hiện…</translation>
    </message>
    <message>
        <source>&amp;Forget this workstation…</source>
        <translation>&amp;Xóa dữ liệu trên máy này…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>Đăng xuấ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Tìm kiếm</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>The command could not be saved to the outbox.</source>
        <translation>Không lưu được thao tác vào hàng đợi gửi.</translation>
    </message>
    <message>
        <source>This photo is not in the local cache yet.</source>
        <translation>Ảnh này chưa có trong bộ nhớ đệm trên máy.</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Ảnh của phản ánh %1</translation>
    </message>
    <message>
        <source>Forget this workstation</source>
        <translation>Xóa dữ liệu trên máy này</translation>
    </message>
    <message numerus="yes">
        <source>Delete the local copy of the reports, the photos and the commands not yet sent (%n command(s)) from this computer? You will have to log in online again.</source>
        <translation>
            <numerusform>Xóa khỏi máy tính này bản sao các phản ánh, hình ảnh và các thao tác chưa gửi (%n thao tác)? Bạn sẽ phải đăng nhập trực tuyến lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>The local cache could not be deleted: %1</source>
        <translation>Không xóa được bộ nhớ đệm trên máy: %1</translation>
    </message>
</context>
<context>
    <name>paht::ui::PhotoViewer</name>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Vừa cửa sổ</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Kích thước thực</translation>
    </message>
</context>
<context>
    <name>paht::ui::QueuePanel</name>
    <message>
        <source>Queues</source>
        <translation>Hàng đợi</translation>
    </message>
</context>
<context>
    <name>paht::ui::ReportDetailView</name>
    <message>
        <source>Choose a report in the list.</source>
        <translation>Chọn một phản ánh trong danh sách.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Hình ảnh</translation>
    </message>
    <message>
        <source>Handling agencies</source>
        <translation>Cơ quan xử lý</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Quá trình xử lý</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>not classified yet</source>
        <translation>chưa phân loại</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Mức độ bảo mật</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Thời gian tiếp nhận</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>tổ chức</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Người phản ánh</translation>
    </message>
    <message>
        <source>open the map</source>
        <translation>xem bản đồ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Không tiếp nhận</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Đã báo cáo UBND tỉnh</translation>
    </message>
    <message>
        <source>Public answer</source>
        <translation>Nội dung trả lời công khai</translation>
    </message>
    <message>
        <source>Citizen&apos;s answer</source>
        <translation>Phản hồi của người phản ánh</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>No action for you on this report now.</source>
        <translation>Hiện bạn không có thao tác nào với phản ánh này.</translation>
    </message>
    <message>
        <source>No photos.</source>
        <translation>Không có ảnh.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
</context>
<context>
    <name>paht::ui::SyncStatusBar</name>
    <message>
        <source>Loading reports: %v</source>
        <translation>Đang tải phản ánh: %v</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Trực tuyến</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Ngoại tuyến</translation>
    </message>
    <message>
        <source>Never synchronised</source>
        <translation>Chưa đồng bộ lần nào</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Đồng bộ lần cuối: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) waiting to be sent</source>
        <translation>
            <numerusform>%n thao tác đang chờ gửi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n xung đột cần xem lại</numerusform>
        </translation>
    </message>
</context>
</TS>
