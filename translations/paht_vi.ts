<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>CalendarDraft</name>
    <message>
        <source>%1 is already a day of Tết.</source>
        <translation>%1 đã là một ngày nghỉ Tết.</translation>
    </message>
    <message>
        <source>%1 is already a compensatory day.</source>
        <translation>%1 đã là một ngày nghỉ bù.</translation>
    </message>
    <message>
        <source>A swap already names %1.</source>
        <translation>Đã có một hoán đổi ghi ngày %1.</translation>
    </message>
    <message>
        <source>%1 is already listed.</source>
        <translation>%1 đã có trong danh sách.</translation>
    </message>
    <message>
        <source>The calendar covers the years 1900 to 2199.</source>
        <translation>Lịch chỉ áp dụng cho các năm từ 1900 đến 2199.</translation>
    </message>
    <message>
        <source>Tết needs at least one day; to use the lunar calendar&apos;s days, untick &quot;Set by the notice&quot;.</source>
        <translation>Kỳ nghỉ Tết cần ít nhất một ngày; để dùng các ngày tính theo âm lịch, hãy bỏ chọn &quot;Theo thông báo của năm&quot;.</translation>
    </message>
    <message>
        <source>The days of Tết and their compensatory days must fall in %1.</source>
        <translation>Các ngày nghỉ Tết và ngày nghỉ bù phải nằm trong năm %1.</translation>
    </message>
    <message>
        <source>The day beside National Day is 1 or 3 September.</source>
        <translation>Ngày nghỉ liền kề Quốc khánh là ngày 1/9 hoặc 3/9.</translation>
    </message>
    <message>
        <source>The day worked must be a Saturday or a Sunday.</source>
        <translation>Ngày đi làm phải là thứ Bảy hoặc Chủ nhật.</translation>
    </message>
    <message>
        <source>The day off in exchange must be a weekday (Monday to Friday).</source>
        <translation>Ngày nghỉ hoán đổi phải là ngày trong tuần (thứ Hai đến thứ Sáu).</translation>
    </message>
    <message>
        <source>%1 is too far from %2.</source>
        <translation>%1 cách quá xa năm %2.</translation>
    </message>
    <message>
        <source>The profiles %1 and %2 both cover %3.</source>
        <translation>Hai mùa %1 và %2 cùng áp dụng cho ngày %3.</translation>
    </message>
    <message>
        <source>No profile covers %1: the profiles must cover the whole year.</source>
        <translation>Chưa có mùa nào áp dụng cho ngày %1: các mùa phải phủ kín cả năm.</translation>
    </message>
    <message>
        <source>Keep at least one profile of office hours.</source>
        <translation>Cần giữ ít nhất một mùa giờ làm việc.</translation>
    </message>
    <message>
        <source>Profile %1: not a valid day of the year.</source>
        <translation>Mùa %1: ngày không hợp lệ.</translation>
    </message>
    <message>
        <source>Profile %1 needs at least one period of office hours.</source>
        <translation>Mùa %1 cần ít nhất một khoảng giờ làm việc.</translation>
    </message>
    <message>
        <source>Profile %1: the periods must follow one another without overlapping.</source>
        <translation>Mùa %1: các khoảng giờ làm việc phải nối tiếp nhau, không chồng lên nhau.</translation>
    </message>
    <message>
        <source>Profile %1: each period must start before it ends.</source>
        <translation>Mùa %1: mỗi khoảng giờ làm việc phải bắt đầu trước khi kết thúc.</translation>
    </message>
</context>
<context>
    <name>SlaPolicyDraft</name>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n ngày làm việc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working hour(s)</source>
        <extracomment>Glossary: Giờ làm việc → &quot;%n giờ làm việc&quot;</extracomment>
        <translation>
            <numerusform>%n giờ làm việc</numerusform>
        </translation>
    </message>
    <message>
        <source>The duration must be at least 1.</source>
        <translation>Thời hạn phải từ 1 trở lên.</translation>
    </message>
    <message>
        <source>Handling is counted in working days (R-10).</source>
        <extracomment>R-10. Glossary: Xử lý, Ngày làm việc → &quot;Thời hạn xử lý tính bằng ngày làm việc (R-10).&quot;</extracomment>
        <translation>Thời hạn xử lý tính bằng ngày làm việc (R-10).</translation>
    </message>
    <message>
        <source>Handling may take at most %1 working days (R-10).</source>
        <extracomment>R-10. Vietnamese: &quot;Thời hạn xử lý không quá %1 ngày làm việc (R-10).&quot;</extracomment>
        <translation>Thời hạn xử lý không quá %1 ngày làm việc (R-10).</translation>
    </message>
    <message>
        <source>The duration must be at most %1.</source>
        <translation>Thời hạn không được quá %1.</translation>
    </message>
    <message>
        <source>The threshold cannot be negative.</source>
        <translation>Ngưỡng báo sắp đến hạn không được âm.</translation>
    </message>
    <message>
        <source>Choose the handling agency.</source>
        <translation>Hãy chọn cơ quan xử lý.</translation>
    </message>
    <message>
        <source>Choose the category.</source>
        <translation>Hãy chọn lĩnh vực.</translation>
    </message>
</context>
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
    <name>paht::AdminLogModel</name>
    <message>
        <source>Account created</source>
        <extracomment>Vietnamese: &quot;Tạo tài khoản&quot;</extracomment>
        <translation>Tạo tài khoản</translation>
    </message>
    <message>
        <source>Account changed</source>
        <extracomment>Vietnamese: &quot;Sửa tài khoản&quot;</extracomment>
        <translation>Sửa tài khoản</translation>
    </message>
    <message>
        <source>Password reset</source>
        <extracomment>Vietnamese: &quot;Đặt lại mật khẩu&quot;</extracomment>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>Agency saved</source>
        <extracomment>Glossary: Cơ quan xử lý → &quot;Cập nhật cơ quan xử lý&quot;</extracomment>
        <translation>Cập nhật cơ quan xử lý</translation>
    </message>
    <message>
        <source>Category saved</source>
        <extracomment>Glossary: Lĩnh vực → &quot;Cập nhật lĩnh vực&quot;</extracomment>
        <translation>Cập nhật lĩnh vực</translation>
    </message>
    <message>
        <source>API key created</source>
        <extracomment>R-21. Vietnamese: &quot;Tạo khóa API&quot;</extracomment>
        <translation>Tạo khóa API</translation>
    </message>
    <message>
        <source>API key revoked</source>
        <extracomment>R-21. Vietnamese: &quot;Thu hồi khóa API&quot;</extracomment>
        <translation>Thu hồi khóa API</translation>
    </message>
    <message>
        <source>SLA policy saved</source>
        <extracomment>Vietnamese: &quot;Cập nhật quy định thời hạn xử lý&quot;</extracomment>
        <translation>Cập nhật quy định thời hạn xử lý</translation>
    </message>
    <message>
        <source>Working calendar saved</source>
        <extracomment>Glossary: Ngày làm việc → &quot;Cập nhật lịch ngày làm việc&quot;</extracomment>
        <translation>Cập nhật lịch ngày làm việc</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Vietnamese: &quot;Thời gian&quot;</extracomment>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Administrator</source>
        <extracomment>Vietnamese: &quot;Người thực hiện&quot;</extracomment>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Vietnamese: &quot;Thay đổi&quot;</extracomment>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Subject</source>
        <extracomment>Vietnamese: &quot;Đối tượng&quot;</extracomment>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>Vietnamese: &quot;Chi tiết&quot;</extracomment>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>paht::AgencyKind</name>
    <message>
        <source>Provincial department</source>
        <extracomment>Kind of handling agency. Vietnamese: Sở, ban, ngành tỉnh</extracomment>
        <translation>Sở, ban, ngành tỉnh</translation>
    </message>
    <message>
        <source>Commune, ward or special zone committee</source>
        <extracomment>Kind of handling agency. Vietnamese: UBND xã, phường, đặc khu</extracomment>
        <translation>UBND xã, phường, đặc khu</translation>
    </message>
    <message>
        <source>Central agency in the province</source>
        <extracomment>Kind of handling agency. Vietnamese: Cơ quan Trung ương đóng trên địa bàn</extracomment>
        <translation>Cơ quan Trung ương đóng trên địa bàn</translation>
    </message>
    <message>
        <source>Public service company</source>
        <extracomment>Kind of handling agency (water, power, sanitation). Vietnamese: Doanh nghiệp cung cấp dịch vụ công</extracomment>
        <translation>Doanh nghiệp cung cấp dịch vụ công</translation>
    </message>
</context>
<context>
    <name>paht::AgencyTableModel</name>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <extracomment>R-10. Glossary: Ngày làm việc → &quot;%n ngày làm việc&quot;</extracomment>
        <translation>
            <numerusform>%n ngày làm việc</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>Vietnamese: &quot;Mã&quot;</extracomment>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Agency</source>
        <extracomment>Glossary: Cơ quan xử lý → &quot;Tên cơ quan&quot;</extracomment>
        <translation>Cơ quan xử lý</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Vietnamese: &quot;Loại cơ quan&quot;</extracomment>
        <translation>Loại cơ quan</translation>
    </message>
    <message>
        <source>Processing limit</source>
        <extracomment>R-10. Glossary: Hạn xử lý → &quot;Thời hạn xử lý&quot;</extracomment>
        <translation>Thời hạn xử lý</translation>
    </message>
    <message>
        <source>Leader in charge</source>
        <extracomment>R-25. Glossary: Lãnh đạo → &quot;Lãnh đạo phụ trách&quot;</extracomment>
        <translation>Lãnh đạo phụ trách</translation>
    </message>
    <message>
        <source>Focal person</source>
        <extracomment>R-25. Vietnamese: &quot;Đầu mối&quot;</extracomment>
        <translation>Đầu mối</translation>
    </message>
</context>
<context>
    <name>paht::ApiKeyTableModel</name>
    <message>
        <source>Citizen app</source>
        <extracomment>R-21: a key for the citizen app (Smart Quảng Ninh). Vietnamese: &quot;Ứng dụng cho người dân&quot;</extracomment>
        <translation>Ứng dụng cho người dân</translation>
    </message>
    <message>
        <source>Agency system</source>
        <extracomment>R-21: a key for an agency&apos;s own software. Vietnamese: &quot;Phần mềm của cơ quan xử lý&quot;</extracomment>
        <translation>Phần mềm của cơ quan xử lý</translation>
    </message>
    <message>
        <source>Revoked</source>
        <extracomment>An API key&apos;s status. Vietnamese: &quot;Đã thu hồi&quot; / &quot;Đang dùng&quot;</extracomment>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Đang sử dụng</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>The name of an API key. Vietnamese: &quot;Tên khóa&quot;</extracomment>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Used by</source>
        <extracomment>Vietnamese: &quot;Dùng cho&quot;</extracomment>
        <translation>Dùng cho</translation>
    </message>
    <message>
        <source>Agency</source>
        <extracomment>Glossary: Cơ quan xử lý</extracomment>
        <translation>Cơ quan xử lý</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Vietnamese: &quot;Ngày tạo&quot;</extracomment>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Vietnamese: &quot;Trạng thái&quot;</extracomment>
        <translation>Tình trạng</translation>
    </message>
</context>
<context>
    <name>paht::ApprovalQueueModel</name>
    <message>
        <source>Approval due %1</source>
        <extracomment>Tooltip of the approval deadline (R-12). Glossary: Hạn xử lý → &quot;Hạn phê duyệt: %1&quot;</extracomment>
        <translation>Hạn phê duyệt: %1</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>Column: the report number. Vietnamese: Số phản ánh</extracomment>
        <translation>Số phản ánh</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Handling agency</source>
        <extracomment>Column. Glossary: Cơ quan xử lý</extracomment>
        <translation>Cơ quan xử lý</translation>
    </message>
    <message>
        <source>Specialist</source>
        <extracomment>Column: who wrote the result. Glossary: Chuyên viên</extracomment>
        <translation>Chuyên viên</translation>
    </message>
    <message>
        <source>Submitted</source>
        <extracomment>Column: when the result was submitted for approval. Vietnamese: Thời gian trình</extracomment>
        <translation>Thời gian trình</translation>
    </message>
    <message>
        <source>Approval deadline</source>
        <extracomment>Column: the leader&apos;s deadline (R-12). Glossary: Hạn xử lý → &quot;Hạn phê duyệt&quot;</extracomment>
        <translation>Hạn phê duyệt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
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
    <name>paht::CategoryTableModel</name>
    <message>
        <source>In use</source>
        <extracomment>A category still offered / no longer offered for new reports (R-26). Vietnamese: &quot;Đang dùng&quot; / &quot;Ngừng sử dụng&quot;</extracomment>
        <translation>Đang sử dụng</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ngừng sử dụng</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>Vietnamese: &quot;Mã&quot;</extracomment>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Category</source>
        <extracomment>Glossary: Lĩnh vực</extracomment>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Routed to</source>
        <extracomment>R-26. Glossary: Cơ quan xử lý → &quot;Cơ quan xử lý được gợi ý&quot;</extracomment>
        <translation>Cơ quan xử lý được gợi ý</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Vietnamese: &quot;Trạng thái&quot;</extracomment>
        <translation>Tình trạng</translation>
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
    <name>paht::Csv</name>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>tệp không phải văn bản UTF-8</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>có dấu nháy kép bên trong một trường không đặt trong nháy kép</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>có chữ sau dấu nháy kép đóng</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>một trường mở dấu nháy kép nhưng không đóng</translation>
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
    <name>paht::DirectoryCsv</name>
    <message>
        <source>Write yes or no, not &apos;%1&apos;.</source>
        <translation>Hãy ghi yes hoặc no, không phải &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row.</source>
        <translation>Tệp trống: cần có dòng tiêu đề.</translation>
    </message>
    <message>
        <source>The header has no column &apos;%1&apos;.</source>
        <translation>Dòng tiêu đề thiếu cột &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>Dòng có %1 trường; dòng tiêu đề có %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already on line %2.</source>
        <translation>&apos;%1&apos; đã có ở dòng %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of agency: write provincial_department, commune_people_committee, central_agency or public_service_company.</source>
        <translation>&apos;%1&apos; không phải loại cơ quan: hãy ghi provincial_department, commune_people_committee, central_agency hoặc public_service_company.</translation>
    </message>
    <message>
        <source>Write a whole number of working days.</source>
        <translation>Hãy ghi số ngày làm việc là số nguyên.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role: write one of %2.</source>
        <translation>&apos;%1&apos; không phải vai trò: hãy ghi một trong %2.</translation>
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
    <name>paht::DirectoryForms</name>
    <message>
        <source>The two passwords differ.</source>
        <extracomment>Vietnamese: &quot;Hai lần nhập mật khẩu không khớp nhau.&quot;</extracomment>
        <translation>Hai lần nhập mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <extracomment>Vietnamese: &quot;Bạn không thể tự khóa tài khoản của mình.&quot;</extracomment>
        <translation>Bạn không thể tự khóa tài khoản của mình.</translation>
    </message>
    <message>
        <source>You cannot take away your own administrator role.</source>
        <extracomment>Vietnamese: &quot;Bạn không thể tự bỏ vai trò quản trị của mình.&quot;</extracomment>
        <translation>Bạn không thể tự bỏ vai trò quản trị của mình.</translation>
    </message>
    <message>
        <source>“%1” is taken already.</source>
        <extracomment>A username, code or key name already in use. Vietnamese: &quot;“%1” đã được dùng.&quot;</extracomment>
        <translation>“%1” đã được dùng.</translation>
    </message>
    <message>
        <source>Name the key after the software that will use it.</source>
        <extracomment>R-21. Vietnamese: &quot;Đặt tên khóa theo phần mềm sẽ dùng khóa.&quot;</extracomment>
        <translation>Đặt tên khóa theo phần mềm sẽ dùng khóa.</translation>
    </message>
    <message>
        <source>A key&apos;s name has at most %1 characters and no “/”.</source>
        <extracomment>R-21. Vietnamese: &quot;Tên khóa dài tối đa %1 ký tự và không chứa dấu “/”.&quot;</extracomment>
        <translation>Tên khóa dài tối đa %1 ký tự và không chứa dấu “/”.</translation>
    </message>
    <message>
        <source>Choose the agency whose software will use the key.</source>
        <extracomment>R-21. Vietnamese: &quot;Chọn cơ quan có phần mềm sẽ dùng khóa.&quot;</extracomment>
        <translation>Chọn cơ quan xử lý có phần mềm sẽ dùng khóa.</translation>
    </message>
    <message>
        <source>There is no agency “%1” in the directory.</source>
        <extracomment>Glossary: Cơ quan xử lý → &quot;Không có cơ quan “%1” trong danh mục.&quot;</extracomment>
        <translation>Không có cơ quan xử lý “%1” trong danh mục.</translation>
    </message>
</context>
<context>
    <name>paht::DirectoryRules</name>
    <message>
        <source>Name the agency&apos;s %1 (R-25).</source>
        <translation>Hãy ghi tên %1 của cơ quan (R-25).</translation>
    </message>
    <message>
        <source>Give a phone number or an e-mail address for the agency&apos;s %1 (R-25).</source>
        <translation>Hãy ghi số điện thoại hoặc địa chỉ thư điện tử của %1 của cơ quan (R-25).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number.</source>
        <translation>&apos;%1&apos; không phải số điện thoại.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address.</source>
        <translation>&apos;%1&apos; không phải địa chỉ thư điện tử.</translation>
    </message>
    <message>
        <source>A user name has 3 to 32 characters: lower-case letters without accents, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Tên đăng nhập có từ 3 đến 32 ký tự: chữ thường không dấu, chữ số, &apos;.&apos;, &apos;_&apos; hoặc &apos;-&apos;.</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>Mật khẩu có ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>Give the user&apos;s full name.</source>
        <translation>Hãy ghi họ và tên người dùng.</translation>
    </message>
    <message>
        <source>An agency&apos;s staff member needs an agency.</source>
        <translation>Cán bộ của cơ quan xử lý phải thuộc một cơ quan.</translation>
    </message>
    <message>
        <source>There is no agency &apos;%1&apos; in the directory.</source>
        <translation>Danh mục không có cơ quan &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The center&apos;s staff belong to no agency: leave the agency empty.</source>
        <translation>Cán bộ của Trung tâm không thuộc cơ quan xử lý nào: hãy để trống cơ quan.</translation>
    </message>
    <message>
        <source>An agency code has 2 to 32 characters: capital letters, digits or &apos;-&apos;.</source>
        <translation>Mã cơ quan có từ 2 đến 32 ký tự: chữ in hoa, chữ số hoặc &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Give the agency&apos;s name.</source>
        <translation>Hãy ghi tên cơ quan.</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>lãnh đạo</translation>
    </message>
    <message>
        <source>focal person</source>
        <translation>người đầu mối</translation>
    </message>
    <message>
        <source>The processing limit is 1 to %1 working days (R-10).</source>
        <translation>Thời hạn xử lý từ 1 đến %1 ngày làm việc (R-10).</translation>
    </message>
    <message>
        <source>A category code has 2 to 40 characters: lower-case letters without accents, digits or &apos;_&apos;.</source>
        <translation>Mã lĩnh vực có từ 2 đến 40 ký tự: chữ thường không dấu, chữ số hoặc &apos;_&apos;.</translation>
    </message>
    <message>
        <source>Give the category&apos;s name.</source>
        <translation>Hãy ghi tên lĩnh vực.</translation>
    </message>
    <message>
        <source>Agency &apos;%1&apos; is listed twice.</source>
        <translation>Cơ quan &apos;%1&apos; bị ghi hai lần.</translation>
    </message>
</context>
<context>
    <name>paht::DispatchPlan</name>
    <message>
        <source>No report to dispatch.</source>
        <translation>Không có phản ánh nào để chuyển xử lý.</translation>
    </message>
    <message>
        <source>Choose at least one handling agency.</source>
        <translation>Hãy chọn ít nhất một cơ quan xử lý.</translation>
    </message>
    <message>
        <source>A state-secret report: dispatching it needs clearance (R-17).</source>
        <translation>Phản ánh có nội dung bí mật nhà nước: cần được cấp quyền mới chuyển xử lý được (R-17).</translation>
    </message>
    <message>
        <source>Your role may not dispatch reports.</source>
        <translation>Vai trò của bạn không được chuyển xử lý phản ánh.</translation>
    </message>
    <message>
        <source>The report has changed meanwhile: check it again.</source>
        <translation>Phản ánh vừa có thay đổi: hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>Classify the report before dispatching it (R-6).</source>
        <translation>Hãy phân loại lĩnh vực trước khi chuyển xử lý (R-6).</translation>
    </message>
    <message>
        <source>Already with the agencies: only a report that an agency returned can be dispatched again (R-11).</source>
        <translation>Phản ánh đã được chuyển cho cơ quan xử lý: chỉ phản ánh bị cơ quan trả lại Trung tâm mới được chuyển xử lý lại (R-11).</translation>
    </message>
    <message>
        <source>A report in the state &quot;%1&quot; cannot be dispatched.</source>
        <translation>Phản ánh đang ở trạng thái &quot;%1&quot; không thể chuyển xử lý.</translation>
    </message>
    <message>
        <source>Unknown agency &quot;%1&quot;.</source>
        <translation>Không có cơ quan xử lý &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 already holds this report.</source>
        <translation>%1 đang xử lý phản ánh này.</translation>
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
    <name>paht::EscalationTableModel</name>
    <message>
        <source>Awaiting the committee</source>
        <extracomment>An escalation to the Provincial People&apos;s Committee that still stands. Vietnamese: Chờ UBND tỉnh</extracomment>
        <translation>Chờ UBND tỉnh</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Đã có ý kiến chỉ đạo</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>When and by whom; %1 a date and time, %2 a person. Vietnamese: &quot;%1 · %2&quot;</extracomment>
        <translation>%1 · %2</translation>
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
        <source>Status</source>
        <extracomment>Column. Vietnamese: Tình trạng</extracomment>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Escalated (when, by)</source>
        <extracomment>Column. Glossary: Báo cáo UBND tỉnh → &quot;Báo cáo UBND tỉnh (lúc, người báo cáo)&quot;</extracomment>
        <translation>Báo cáo UBND tỉnh (lúc, người báo cáo)</translation>
    </message>
    <message>
        <source>Escalation note</source>
        <extracomment>Column: why it was escalated. Glossary: Báo cáo UBND tỉnh → &quot;Nội dung báo cáo UBND tỉnh&quot;</extracomment>
        <translation>Nội dung báo cáo UBND tỉnh</translation>
    </message>
    <message>
        <source>Resolved (when, by)</source>
        <extracomment>Column. Vietnamese: &quot;Có ý kiến chỉ đạo (lúc, người ghi nhận)&quot;</extracomment>
        <translation>Có ý kiến chỉ đạo (lúc, người ghi nhận)</translation>
    </message>
    <message>
        <source>Committee&apos;s direction</source>
        <extracomment>Column. Vietnamese: &quot;Ý kiến chỉ đạo của UBND tỉnh&quot;</extracomment>
        <translation>Ý kiến chỉ đạo của UBND tỉnh</translation>
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
    <message>
        <source>Result published (notice %1)</source>
        <extracomment>Timeline (R-15); %1 the notice&apos;s numbers, &quot;01/TB-SXD&quot;. Vietnamese: &quot;Đã công khai kết quả xử lý (thông báo số %1)&quot;</extracomment>
        <translation>Đã công khai kết quả xử lý (thông báo số %1)</translation>
    </message>
    <message>
        <source>Result sent to the reporter only (notice %1)</source>
        <extracomment>Timeline (R-15, R-17); %1 the notice&apos;s numbers. Vietnamese: &quot;Đã trả lời riêng người phản ánh (thông báo số %1)&quot;</extracomment>
        <translation>Đã trả lời riêng người phản ánh (thông báo số %1)</translation>
    </message>
    <message>
        <source>Reminder sent to %1: %2</source>
        <extracomment>Timeline (R-24); %1 an agency, %2 the center&apos;s note. Glossary: Nhắc nhở, đôn đốc → &quot;Đã nhắc nhở, đôn đốc %1: %2&quot;</extracomment>
        <translation>Đã nhắc nhở, đôn đốc %1: %2</translation>
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
    <name>paht::HoursProfileModel</name>
    <message>
        <source>&quot;%1&quot; is not a day and month (dd/MM), e.g. 15/10.</source>
        <extracomment>%1 what was typed. Vietnamese: &quot;&quot;%1&quot; không phải là ngày/tháng (dd/MM), ví dụ 15/10.&quot;</extracomment>
        <translation>&quot;%1&quot; không phải là ngày/tháng (dd/MM), ví dụ 15/10.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of office hours, e.g. 07:30-11:30, 13:30-17:00.</source>
        <extracomment>%1 what was typed. Vietnamese: &quot;&quot;%1&quot; không phải là các khoảng giờ làm việc, ví dụ 07:30-11:30, 13:30-17:00.&quot;</extracomment>
        <translation>&quot;%1&quot; không phải là các khoảng giờ làm việc, ví dụ 07:30-11:30, 13:30-17:00.</translation>
    </message>
    <message>
        <source>Season</source>
        <extracomment>Name of a season&apos;s office hours. Vietnamese: &quot;Tên (mùa)&quot;</extracomment>
        <translation>Tên (mùa)</translation>
    </message>
    <message>
        <source>From (dd/MM)</source>
        <extracomment>First day of the year the hours apply. Vietnamese: &quot;Từ ngày (dd/MM)&quot;</extracomment>
        <translation>Từ ngày (dd/MM)</translation>
    </message>
    <message>
        <source>To (dd/MM)</source>
        <extracomment>Vietnamese: &quot;Đến ngày (dd/MM)&quot;</extracomment>
        <translation>Đến ngày (dd/MM)</translation>
    </message>
    <message>
        <source>Office hours</source>
        <extracomment>Glossary: Giờ làm việc → &quot;Giờ làm việc&quot;</extracomment>
        <translation>Giờ làm việc</translation>
    </message>
</context>
<context>
    <name>paht::ImportErrorModel</name>
    <message>
        <source>Line</source>
        <extracomment>A line of the imported file. Vietnamese: &quot;Dòng&quot;</extracomment>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <extracomment>A column of the imported file. Vietnamese: &quot;Cột&quot;</extracomment>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Problem</source>
        <extracomment>Vietnamese: &quot;Lỗi&quot;</extracomment>
        <translation>Lỗi</translation>
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
    <name>paht::LeaderDecision</name>
    <message>
        <source>Write the reason for the rework: the specialist reads it.</source>
        <extracomment>R-12: the specialist must know what to redo. Glossary: Trả lại để xử lý lại</extracomment>
        <translation>Hãy ghi lý do trả lại để xử lý lại: chuyên viên sẽ đọc lý do này.</translation>
    </message>
    <message>
        <source>The result text cannot be empty.</source>
        <translation>Nội dung kết quả xử lý không được để trống.</translation>
    </message>
    <message>
        <source>The text is unchanged: approve the result instead.</source>
        <translation>Nội dung chưa thay đổi: hãy phê duyệt kết quả.</translation>
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
    <name>paht::NonWorkingDayModel</name>
    <message>
        <source>Weekend</source>
        <extracomment>A day of the calendar preview. Vietnamese: &quot;Nghỉ cuối tuần&quot;</extracomment>
        <translation>Nghỉ cuối tuần</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <extracomment>A day of the calendar preview. Vietnamese: &quot;Nghỉ lễ, Tết&quot;</extracomment>
        <translation>Nghỉ lễ, Tết</translation>
    </message>
    <message>
        <source>Compensatory day off</source>
        <extracomment>Labour Code Art. 111(3). Vietnamese: &quot;Nghỉ bù&quot;</extracomment>
        <translation>Nghỉ bù</translation>
    </message>
    <message>
        <source>Day off (swapped)</source>
        <extracomment>A weekday off in exchange for a weekend day worked. Vietnamese: &quot;Nghỉ hoán đổi&quot;</extracomment>
        <translation>Nghỉ hoán đổi</translation>
    </message>
    <message>
        <source>Extra day off</source>
        <extracomment>Vietnamese: &quot;Nghỉ thêm theo thông báo&quot;</extracomment>
        <translation>Nghỉ thêm theo thông báo</translation>
    </message>
    <message>
        <source>Day off (listed by the notice)</source>
        <extracomment>Vietnamese: &quot;Nghỉ theo danh sách của thông báo&quot;</extracomment>
        <translation>Nghỉ theo danh sách của thông báo</translation>
    </message>
    <message>
        <source>Worked in exchange for %1</source>
        <extracomment>A Saturday or Sunday worked. %1 the weekday taken off. Vietnamese: &quot;Đi làm để nghỉ ngày %1&quot;</extracomment>
        <translation>Đi làm để nghỉ ngày %1</translation>
    </message>
    <message>
        <source>Makes up for %1 (%2)</source>
        <extracomment>%1 a holiday&apos;s name, %2 its date. Vietnamese: &quot;Nghỉ bù cho %1 (%2)&quot;</extracomment>
        <translation>Nghỉ bù cho %1 (%2)</translation>
    </message>
    <message>
        <source>Worked instead on %1</source>
        <extracomment>%1 the Saturday or Sunday worked instead. Vietnamese: &quot;Đi làm bù vào %1&quot;</extracomment>
        <translation>Đi làm bù vào %1</translation>
    </message>
    <message>
        <source>Working day (swapped)</source>
        <extracomment>A Saturday or Sunday worked in exchange for a weekday off. Vietnamese: &quot;Làm việc (hoán đổi)&quot;</extracomment>
        <translation>Làm việc (hoán đổi)</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Vietnamese: &quot;Ngày&quot;</extracomment>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Weekday</source>
        <extracomment>Day of the week. Vietnamese: &quot;Thứ&quot;</extracomment>
        <translation>Thứ</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Vietnamese: &quot;Loại ngày&quot;</extracomment>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>Vietnamese: &quot;Chi tiết&quot;</extracomment>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>paht::OutboxSender</name>
    <message>
        <source>The file %1 is no longer in the local cache</source>
        <translation>Tệp %1 không còn trong bộ nhớ đệm trên máy</translation>
    </message>
</context>
<context>
    <name>paht::PeriodWording</name>
    <message>
        <source>for month %1 of %2</source>
        <extracomment>The period in a report&apos;s title; %1 the month number, %2 the year. Vietnamese: &quot;tháng %1 năm %2&quot;</extracomment>
        <translation>tháng %1 năm %2</translation>
    </message>
    <message>
        <source>for quarter %1 of %2</source>
        <extracomment>%1 the quarter in Roman numerals (I–IV), %2 the year. Vietnamese: &quot;quý %1 năm %2&quot;</extracomment>
        <translation>quý %1 năm %2</translation>
    </message>
    <message>
        <source>for the year %1</source>
        <extracomment>Vietnamese: &quot;năm %1&quot;</extracomment>
        <translation>năm %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <extracomment>Vietnamese: &quot;từ ngày %1 đến ngày %2&quot;</extracomment>
        <translation>từ ngày %1 đến ngày %2</translation>
    </message>
    <message>
        <source>(From %1 to %2)</source>
        <extracomment>The days a report covers, under its title. Vietnamese: &quot;(Từ ngày %1 đến ngày %2)&quot;</extracomment>
        <translation>(Từ ngày %1 đến ngày %2)</translation>
    </message>
    <message>
        <source>Results of receiving and handling field reports %1</source>
        <extracomment>A periodic report&apos;s title (R-22) after &quot;REPORT&quot;; %1 its period (&quot;tháng 9 năm 2026&quot;). Vietnamese: &quot;Kết quả tiếp nhận, xử lý phản ánh hiện trường %1&quot;</extracomment>
        <translation>Kết quả tiếp nhận, xử lý phản ánh hiện trường %1</translation>
    </message>
    <message>
        <source>Results of receiving and handling field reports of %1 %2</source>
        <extracomment>The same for one agency; %1 the agency&apos;s name, %2 the period. Vietnamese: &quot;Kết quả tiếp nhận, xử lý phản ánh hiện trường của %1 %2&quot;</extracomment>
        <translation>Kết quả tiếp nhận, xử lý phản ánh hiện trường của %1 %2</translation>
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
    <name>paht::ReportDueDates</name>
    <message>
        <source>for the administrative-reform ranking of %1</source>
        <extracomment>The ranking report&apos;s period in its title (R-23). Vietnamese: &quot;phục vụ đánh giá, xếp hạng cải cách hành chính năm %1&quot;</extracomment>
        <translation>phục vụ đánh giá, xếp hạng cải cách hành chính năm %1</translation>
    </message>
    <message>
        <source>Report %1</source>
        <extracomment>A report that is due; %1 its period (&quot;tháng 9 năm 2026&quot;). Vietnamese: &quot;Báo cáo %1&quot;</extracomment>
        <translation>Báo cáo %1</translation>
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
    <name>paht::ReporterFlag</name>
    <message>
        <source>Not flagged</source>
        <extracomment>The reporter&apos;s information is not flagged (R-28). Vietnamese: Chưa đánh dấu</extracomment>
        <translation>Chưa đánh dấu</translation>
    </message>
    <message>
        <source>Valuable information</source>
        <extracomment>R-28. Vietnamese: Thông tin có giá trị</extracomment>
        <translation>Thông tin có giá trị</translation>
    </message>
    <message>
        <source>False or abusive</source>
        <extracomment>R-28. Vietnamese: Sai sự thật, lợi dụng</extracomment>
        <translation>Sai sự thật, lợi dụng</translation>
    </message>
</context>
<context>
    <name>paht::ResultFiles</name>
    <message>
        <source>%1 is too large (%2): a file may be at most %3.</source>
        <translation>Tệp %1 quá lớn (%2): mỗi tệp tối đa %3.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được tệp %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>Tệp %1 rỗng.</translation>
    </message>
    <message>
        <source>%1 is neither a photo (JPEG, PNG) nor a PDF document.</source>
        <translation>Tệp %1 không phải ảnh (JPEG, PNG) hoặc tài liệu PDF.</translation>
    </message>
</context>
<context>
    <name>paht::ResultRevisionModel</name>
    <message>
        <source>submitted by the specialist</source>
        <translation>chuyên viên trình</translation>
    </message>
    <message>
        <source>edited by the leader</source>
        <translation>lãnh đạo sửa</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>One revision of a result: when, who, what, e.g. &quot;10/03/2026 09:10 · Nguyễn Văn A · submitted by the specialist&quot;</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · +%4 −%5 words</source>
        <extracomment>A later revision: when, who, what, and how many words it added and removed, e.g. &quot;… · +3 −2 words&quot;</extracomment>
        <translation>%1 · %2 · %3 · +%4 −%5 từ</translation>
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
    <name>paht::SlaOverrideModel</name>
    <message>
        <source>Handling agency</source>
        <translation>Cơ quan xử lý</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Applies to</source>
        <extracomment>Vietnamese: &quot;Áp dụng cho&quot;</extracomment>
        <translation>Áp dụng cho</translation>
    </message>
    <message>
        <source>Code — name</source>
        <extracomment>Vietnamese: &quot;Mã — Tên&quot;</extracomment>
        <translation>Mã — Tên</translation>
    </message>
    <message>
        <source>Stage</source>
        <extracomment>A step of Appendix I. Vietnamese: &quot;Bước xử lý&quot;</extracomment>
        <translation>Bước xử lý</translation>
    </message>
    <message>
        <source>Time limit</source>
        <extracomment>Glossary: Hạn xử lý → &quot;Thời hạn&quot;</extracomment>
        <translation>Thời hạn</translation>
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
    <name>paht::StatisticsCharts</name>
    <message>
        <source>Received and handled per month</source>
        <translation>Tiếp nhận và xử lý theo tháng</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>For one agency, what it received is what was dispatched to it.</extracomment>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Dispatched to the agency</source>
        <translation>Chuyển đến cơ quan</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Đã xử lý</translation>
    </message>
    <message>
        <source>Overdue by agency</source>
        <translation>Quá hạn theo cơ quan xử lý</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Bước xử lý</translation>
    </message>
    <message>
        <source>Ended late</source>
        <translation>Hoàn thành quá hạn</translation>
    </message>
    <message>
        <source>Open past the deadline at the end</source>
        <translation>Chưa hoàn thành, đã quá hạn cuối kỳ</translation>
    </message>
    <message>
        <source>Working time per stage</source>
        <translation>Thời gian xử lý theo từng bước</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Trung vị</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>Bách phân vị thứ 90</translation>
    </message>
    <message>
        <source>Ratings by the reporters</source>
        <translation>Đánh giá của người phản ánh</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Lượt đánh giá</translation>
    </message>
</context>
<context>
    <name>paht::StatisticsDocument</name>
    <message>
        <source>Quang Ninh, day %1 month %2 year %3</source>
        <extracomment>Top right of a report. Vietnamese: &quot;Quảng Ninh, ngày %1 tháng %2 năm %3&quot;</extracomment>
        <translation>Quảng Ninh, ngày %1 tháng %2 năm %3</translation>
    </message>
    <message>
        <source>PEOPLE&apos;S COMMITTEE OF QUANG NINH PROVINCE</source>
        <extracomment>The province&apos;s people&apos;s committee, top left of a report. Vietnamese: &quot;UBND TỈNH QUẢNG NINH&quot;</extracomment>
        <translation>UBND TỈNH QUẢNG NINH</translation>
    </message>
    <message>
        <source>SMART CITY OPERATIONS CENTER</source>
        <extracomment>The issuer of the report under it. Vietnamese: &quot;TRUNG TÂM ĐIỀU HÀNH ĐÔ THỊ THÔNG MINH&quot;</extracomment>
        <translation>TRUNG TÂM ĐIỀU HÀNH ĐÔ THỊ THÔNG MINH</translation>
    </message>
    <message>
        <source>No.: …/BC-TTĐHĐTTM</source>
        <extracomment>The report&apos;s number, given when it is registered. Vietnamese: &quot;Số: …/BC-TTĐHĐTTM&quot;</extracomment>
        <translation>Số: …/BC-TTĐHĐTTM</translation>
    </message>
    <message>
        <source>SOCIALIST REPUBLIC OF VIETNAM</source>
        <extracomment>The national header. Vietnamese: &quot;CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM&quot;</extracomment>
        <translation>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</translation>
    </message>
    <message>
        <source>Independence - Freedom - Happiness</source>
        <extracomment>The national motto. Vietnamese: &quot;Độc lập - Tự do - Hạnh phúc&quot;</extracomment>
        <translation>Độc lập - Tự do - Hạnh phúc</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <extracomment>Vietnamese: &quot;Nơi nhận:&quot;</extracomment>
        <translation>Nơi nhận:</translation>
    </message>
    <message>
        <source>- The Provincial People&apos;s Committee (to report);</source>
        <extracomment>Vietnamese: &quot;- UBND tỉnh (b/c);&quot;</extracomment>
        <translation>- UBND tỉnh (b/c);</translation>
    </message>
    <message>
        <source>- The Office of the National Assembly Delegation, People&apos;s Council and People&apos;s Committee;</source>
        <extracomment>Vietnamese: &quot;- Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh;&quot;</extracomment>
        <translation>- Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh;</translation>
    </message>
    <message>
        <source>- The Department of Home Affairs;</source>
        <extracomment>R-23: the ranking goes to these two. Vietnamese: &quot;- Sở Nội vụ;&quot;</extracomment>
        <translation>- Sở Nội vụ;</translation>
    </message>
    <message>
        <source>- The Department of Information and Communications;</source>
        <extracomment>Vietnamese: &quot;- Sở Thông tin và Truyền thông;&quot;</extracomment>
        <translation>- Sở Thông tin và Truyền thông;</translation>
    </message>
    <message>
        <source>- Filed: Records.</source>
        <extracomment>Vietnamese: &quot;- Lưu: VT.&quot;</extracomment>
        <translation>- Lưu: VT.</translation>
    </message>
    <message>
        <source>DIRECTOR</source>
        <extracomment>The signer of the report. Vietnamese: &quot;GIÁM ĐỐC&quot;</extracomment>
        <translation>GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>(Signature and seal)</source>
        <extracomment>Vietnamese: &quot;(Ký tên, đóng dấu)&quot;</extracomment>
        <translation>(Ký tên, đóng dấu)</translation>
    </message>
    <message>
        <source>REPORT</source>
        <extracomment>The kind of document, above its title. Vietnamese: &quot;BÁO CÁO&quot;</extracomment>
        <translation>BÁO CÁO</translation>
    </message>
    <message>
        <source>The Smart City Operations Center reports the results of receiving and handling field reports in the system as follows:</source>
        <extracomment>Vietnamese: &quot;Trung tâm Điều hành đô thị thông minh báo cáo kết quả tiếp nhận, xử lý phản ánh hiện trường trên Hệ thống như sau:&quot;</extracomment>
        <translation>Trung tâm Điều hành đô thị thông minh báo cáo kết quả tiếp nhận, xử lý phản ánh hiện trường trên Hệ thống như sau:</translation>
    </message>
    <message>
        <source>Charts</source>
        <extracomment>The section of the report with the charts. Vietnamese: &quot;Biểu đồ&quot;</extracomment>
        <translation>Biểu đồ</translation>
    </message>
</context>
<context>
    <name>paht::StatisticsLoader</name>
    <message>
        <source>The store refused the statistics: %1</source>
        <translation>Máy chủ từ chối cung cấp số liệu thống kê: %1</translation>
    </message>
    <message>
        <source>The store&apos;s statistics could not be read: %1</source>
        <translation>Không đọc được số liệu thống kê của máy chủ: %1</translation>
    </message>
    <message>
        <source>Figures computed by the store at %1</source>
        <extracomment>Where a report&apos;s figures come from. Vietnamese: &quot;Số liệu do máy chủ tính lúc %1&quot;</extracomment>
        <translation>Số liệu do máy chủ tính lúc %1</translation>
    </message>
    <message>
        <source>Offline: figures computed from the local cache at %1 (never synchronised)</source>
        <extracomment>Vietnamese: &quot;Ngoại tuyến: số liệu tính từ bộ nhớ đệm trên máy lúc %1 (chưa đồng bộ lần nào)&quot;</extracomment>
        <translation>Ngoại tuyến: số liệu tính từ bộ nhớ đệm trên máy lúc %1 (chưa đồng bộ lần nào)</translation>
    </message>
    <message>
        <source>Offline: figures computed from the local cache at %1, last synchronised at %2</source>
        <extracomment>Vietnamese: &quot;Ngoại tuyến: số liệu tính từ bộ nhớ đệm trên máy lúc %1, đồng bộ lần cuối lúc %2&quot;</extracomment>
        <translation>Ngoại tuyến: số liệu tính từ bộ nhớ đệm trên máy lúc %1, đồng bộ lần cuối lúc %2</translation>
    </message>
</context>
<context>
    <name>paht::StatisticsNotes</name>
    <message>
        <source>Handled: for an agency, its result approved by its leader within the period; for the province, a report whose last awaited result was approved within the period.</source>
        <translation>Đã xử lý: đối với cơ quan xử lý, kết quả xử lý được lãnh đạo cơ quan phê duyệt trong kỳ; đối với toàn tỉnh, phản ánh có kết quả xử lý cuối cùng được phê duyệt trong kỳ.</translation>
    </message>
    <message>
        <source>On time: an agency&apos;s handled result is on time when its acceptance, its processing and its leader&apos;s approval each ended by their deadline on the working-time clock. A handled report is on time when its intake and every agency stage up to the last approval, returns to the center included, ended by their deadlines.</source>
        <translation>Đúng hạn: kết quả xử lý của một cơ quan được tính là đúng hạn khi việc tiếp nhận xử lý, việc xử lý và việc phê duyệt của lãnh đạo cơ quan đều hoàn thành trong hạn theo thời gian làm việc. Một phản ánh đã xử lý được tính là đúng hạn khi khâu tiếp nhận và mọi khâu của các cơ quan xử lý cho đến lần phê duyệt cuối cùng, kể cả việc trả lại Trung tâm, đều hoàn thành trong hạn.</translation>
    </message>
    <message>
        <source>Overdue by stage: stages that ended within the period after their deadline, and stages still open at the end of the period past their deadline; paused stages are not overdue.</source>
        <translation>Quá hạn theo khâu: các khâu hoàn thành trong kỳ nhưng sau hạn xử lý, và các khâu đến cuối kỳ vẫn chưa hoàn thành mà đã quá hạn; khâu đang tạm dừng không tính là quá hạn.</translation>
    </message>
    <message>
        <source>Backlog: reports received (for an agency: dispatched to it) before the end of the period and not yet handled, rejected or returned by then, by whole working days open at the end of the period.</source>
        <translation>Tồn đọng: phản ánh đã tiếp nhận (đối với cơ quan xử lý: đã được chuyển đến cơ quan) trước khi kết thúc kỳ mà đến lúc đó chưa được xử lý, không tiếp nhận hoặc trả lại, phân theo số ngày làm việc tròn tính đến cuối kỳ.</translation>
    </message>
    <message>
        <source>Returned by agencies: reports an agency sent back to the center within the period as not its competence (R-11), each return counted.</source>
        <translation>Trả lại Trung tâm: các phản ánh cơ quan xử lý trả lại Trung tâm trong kỳ vì không thuộc thẩm quyền (R-11), mỗi lần trả lại được tính một lần.</translation>
    </message>
    <message>
        <source>Working time per stage: the working time from the start to the end of each stage that ended within the period, pauses included. Median and 90th percentile by the nearest-rank method: of n values in ascending order, the ⌈n/2⌉-th and the ⌈0.9·n⌉-th.</source>
        <translation>Thời gian xử lý theo khâu: thời gian làm việc từ khi bắt đầu đến khi kết thúc của mỗi khâu kết thúc trong kỳ, kể cả thời gian tạm dừng. Trung vị và phân vị 90 tính theo phương pháp thứ hạng gần nhất: trong n giá trị xếp tăng dần, lấy giá trị thứ ⌈n/2⌉ và thứ ⌈0.9·n⌉.</translation>
    </message>
    <message>
        <source>Satisfaction share: ratings &quot;Very satisfied&quot; and &quot;Satisfied&quot; among all ratings given within the period; a report counts once, with its latest rating.</source>
        <translation>Tỷ lệ hài lòng: số đánh giá &quot;Rất hài lòng&quot; và &quot;Hài lòng&quot; trên tổng số đánh giá trong kỳ; mỗi phản ánh được tính một lần, theo đánh giá mới nhất.</translation>
    </message>
    <message>
        <source>Escalations: reports escalated to the Provincial People&apos;s Committee (R-13) and escalations resolved within the period, and those still standing at its end.</source>
        <translation>Báo cáo UBND tỉnh: các phản ánh được báo cáo UBND tỉnh (R-13) và các trường hợp được giải quyết trong kỳ, cùng các trường hợp còn chưa giải quyết đến cuối kỳ.</translation>
    </message>
    <message numerus="yes">
        <source>Sticking points: stages open at the end of the period and overdue by %n working day(s) or more, and reports returned to the center more than once (returns up to the end of the period, at least one within it).</source>
        <translation>
            <numerusform>Vướng mắc: các khâu đến cuối kỳ chưa hoàn thành và đã quá hạn từ %n ngày làm việc trở lên, và các phản ánh bị trả lại Trung tâm nhiều hơn một lần (tính các lần trả lại đến cuối kỳ, trong đó có ít nhất một lần trong kỳ).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranking score = %1 × T + %2 × S + %3 × (1 − B), out of 100, where T = handled on time ÷ handled (0 when nothing was handled), S = satisfaction share, B = backlog at the end ÷ (handled + backlog at the end). Without ratings, S is left out and the other two terms are scaled to 100. Equal scores (to two decimals) are ordered by higher T, then lower B, then agency code. Agencies that handled nothing and held nothing open are listed without rank.</source>
        <translation>Điểm xếp hạng = %1 × T + %2 × S + %3 × (1 − B), thang điểm 100, trong đó T = số đã xử lý đúng hạn ÷ số đã xử lý (bằng 0 khi không xử lý phản ánh nào), S = tỷ lệ hài lòng, B = số tồn đọng cuối kỳ ÷ (số đã xử lý + số tồn đọng cuối kỳ). Khi không có đánh giá, bỏ S và quy đổi hai thành phần còn lại về thang điểm 100. Các cơ quan bằng điểm (đến hai chữ số thập phân) được xếp theo T cao hơn, rồi B thấp hơn, rồi theo mã cơ quan. Các cơ quan không xử lý và không còn tồn đọng phản ánh nào được liệt kê nhưng không xếp hạng.</translation>
    </message>
</context>
<context>
    <name>paht::StatisticsTables</name>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A share in a report&apos;s table; %1 the number with one decimal. Vietnamese: &quot;%1%&quot;</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>Working time in a report&apos;s table; %1 working hours with one decimal. Vietnamese: &quot;%1 giờ&quot;</extracomment>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Receipt and handling in the province</source>
        <translation>Kết quả tiếp nhận, xử lý trên địa bàn tỉnh</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Dispatched to agencies</source>
        <translation>Đã chuyển xử lý</translation>
    </message>
    <message>
        <source>Not taken (out of scope)</source>
        <translation>Không tiếp nhận (ngoài phạm vi)</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Đã xử lý</translation>
    </message>
    <message>
        <source>Handled on time</source>
        <translation>Xử lý đúng hạn</translation>
    </message>
    <message>
        <source>On-time share</source>
        <translation>Tỷ lệ đúng hạn</translation>
    </message>
    <message>
        <source>Backlog at the end of the period</source>
        <translation>Tồn đọng cuối kỳ</translation>
    </message>
    <message>
        <source>Returned to the center by agencies</source>
        <translation>Cơ quan xử lý trả lại Trung tâm</translation>
    </message>
    <message>
        <source>Escalated to the Provincial People&apos;s Committee</source>
        <translation>Đã báo cáo UBND tỉnh</translation>
    </message>
    <message>
        <source>Escalations resolved</source>
        <translation>Đã giải quyết sau khi báo cáo UBND tỉnh</translation>
    </message>
    <message>
        <source>Escalations standing at the end</source>
        <translation>Đang báo cáo UBND tỉnh cuối kỳ</translation>
    </message>
    <message>
        <source>Ratings given</source>
        <translation>Lượt đánh giá</translation>
    </message>
    <message>
        <source>Satisfaction share</source>
        <translation>Tỷ lệ hài lòng</translation>
    </message>
    <message>
        <source>Receipt and handling by %1</source>
        <translation>Kết quả tiếp nhận, xử lý của %1</translation>
    </message>
    <message>
        <source>Dispatched to the agency</source>
        <translation>Chuyển đến cơ quan</translation>
    </message>
    <message>
        <source>Returned to the center</source>
        <translation>Đã trả lại Trung tâm</translation>
    </message>
    <message>
        <source>By handling agency</source>
        <translation>Theo cơ quan xử lý</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan xử lý</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Đã chuyển xử lý</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Tồn đọng</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <source>Returned to the center, by agency</source>
        <translation>Trả lại Trung tâm, theo cơ quan xử lý</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Lượt trả lại</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <source>Sticking points: long overdue</source>
        <translation>Vướng mắc: quá hạn kéo dài</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Bước xử lý</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <source>Working days overdue</source>
        <translation>Số ngày làm việc quá hạn</translation>
    </message>
    <message>
        <source>Operations Center</source>
        <translation>Trung tâm điều hành</translation>
    </message>
    <message>
        <source>Sticking points: returned more than once</source>
        <translation>Vướng mắc: bị trả lại nhiều lần</translation>
    </message>
    <message>
        <source>Returned by</source>
        <translation>Cơ quan trả lại</translation>
    </message>
    <message>
        <source>Ranking of agencies for the administrative-reform evaluation</source>
        <translation>Xếp hạng cơ quan xử lý phục vụ đánh giá cải cách hành chính</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>On time (T)</source>
        <translation>Đúng hạn (T)</translation>
    </message>
    <message>
        <source>Satisfaction (S)</source>
        <translation>Hài lòng (S)</translation>
    </message>
    <message>
        <source>Backlog (B)</source>
        <translation>Tồn đọng (B)</translation>
    </message>
    <message>
        <source>no work</source>
        <translation>không có phản ánh</translation>
    </message>
    <message>
        <source>Overdue by stage</source>
        <translation>Quá hạn theo bước xử lý</translation>
    </message>
    <message>
        <source>Ended late</source>
        <translation>Hoàn thành quá hạn</translation>
    </message>
    <message>
        <source>Open past the deadline at the end</source>
        <translation>Chưa hoàn thành, đã quá hạn cuối kỳ</translation>
    </message>
    <message>
        <source>Backlog at the end of the period, by age</source>
        <translation>Tồn đọng cuối kỳ theo thời gian tồn</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Thời gian tồn</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <source>0–1 working day</source>
        <translation>0–1 ngày làm việc</translation>
    </message>
    <message>
        <source>2–5 working days</source>
        <translation>2–5 ngày làm việc</translation>
    </message>
    <message>
        <source>6–10 working days</source>
        <translation>6–10 ngày làm việc</translation>
    </message>
    <message>
        <source>More than 10 working days</source>
        <translation>Trên 10 ngày làm việc</translation>
    </message>
    <message>
        <source>Not taken, by reason (R-5)</source>
        <translation>Không tiếp nhận, theo lý do (R-5)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Working time per stage</source>
        <translation>Thời gian xử lý theo từng bước</translation>
    </message>
    <message>
        <source>Stages ended</source>
        <translation>Số bước đã hoàn thành</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Trung vị</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>Bách phân vị thứ 90</translation>
    </message>
    <message>
        <source>Ratings by the reporters (R-19)</source>
        <translation>Đánh giá của người phản ánh (R-19)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Mức đánh giá</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Lượt đánh giá</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Satisfied (very satisfied and satisfied)</source>
        <translation>Hài lòng (rất hài lòng và hài lòng)</translation>
    </message>
    <message>
        <source>Escalations standing at the end of the period (R-13)</source>
        <translation>Phản ánh đang báo cáo UBND tỉnh cuối kỳ (R-13)</translation>
    </message>
</context>
<context>
    <name>paht::StoreAdministration</name>
    <message>
        <source>The store&apos;s answer could not be read: %1</source>
        <translation>Không đọc được phản hồi của máy chủ dữ liệu: %1</translation>
    </message>
</context>
<context>
    <name>paht::StoreRefusal</name>
    <message>
        <source>The store cannot be reached: %1</source>
        <translation>Không kết nối được máy chủ dữ liệu: %1</translation>
    </message>
    <message>
        <source>The session has ended: log in again.</source>
        <translation>Phiên làm việc đã kết thúc: hãy đăng nhập lại.</translation>
    </message>
    <message>
        <source>Only an administrator may change the directory.</source>
        <translation>Chỉ quản trị viên mới được thay đổi danh mục.</translation>
    </message>
    <message>
        <source>It exists already.</source>
        <translation>Mục này đã có.</translation>
    </message>
    <message>
        <source>The store refused it (HTTP status %1).</source>
        <translation>Máy chủ dữ liệu từ chối (mã HTTP %1).</translation>
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
    <message>
        <source>The store refused the file %1: %2</source>
        <translation>Máy chủ từ chối tệp %1: %2</translation>
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
    <name>paht::UserTableModel</name>
    <message>
        <source>Cleared</source>
        <extracomment>The account may see state-secret reports (R-17). Glossary: Bí mật nhà nước → &quot;Được xem bí mật nhà nước&quot;</extracomment>
        <translation>Được xem bí mật nhà nước</translation>
    </message>
    <message>
        <source>Disabled</source>
        <extracomment>An account&apos;s status. Vietnamese: &quot;Đã khóa&quot; / &quot;Đang hoạt động&quot;</extracomment>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Username</source>
        <extracomment>Vietnamese: &quot;Tên đăng nhập&quot;</extracomment>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Vietnamese: &quot;Họ và tên&quot;</extracomment>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>Vietnamese: &quot;Vai trò&quot;</extracomment>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Agency</source>
        <extracomment>Glossary: Cơ quan xử lý</extracomment>
        <translation>Cơ quan xử lý</translation>
    </message>
    <message>
        <source>State secrets</source>
        <extracomment>R-17. Glossary: Bí mật nhà nước → &quot;Bí mật nhà nước&quot;</extracomment>
        <translation>Bí mật nhà nước</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Vietnamese: &quot;Trạng thái&quot;</extracomment>
        <translation>Tình trạng</translation>
    </message>
</context>
<context>
    <name>paht::ui::ActionPrompt</name>
    <message>
        <source>Category:</source>
        <translation>Lĩnh vực:</translation>
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
        <source>Confidentiality:</source>
        <translation>Mức độ bảo mật:</translation>
    </message>
</context>
<context>
    <name>paht::ui::AdminForm</name>
    <message>
        <source>Save</source>
        <extracomment>Saves a change of the directory. Vietnamese: &quot;Lưu&quot;</extracomment>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>paht::ui::AdminLog</name>
    <message>
        <source>Administration log</source>
        <extracomment>Window title (R-29). Vietnamese: &quot;Nhật ký quản trị&quot;</extracomment>
        <translation>Nhật ký quản trị</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <extracomment>Vietnamese: &quot;Làm mới&quot;</extracomment>
        <translation>&amp;Làm mới</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n change(s).</source>
        <translation>
            <numerusform>%n thay đổi gần nhất.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paht::ui::AdministrationMenu</name>
    <message>
        <source>Staff &amp;accounts…</source>
        <extracomment>Menu item. Vietnamese: &quot;Tài khoản người dùng…&quot;</extracomment>
        <translation>&amp;Tài khoản người dùng…</translation>
    </message>
    <message>
        <source>Handling a&amp;gencies…</source>
        <extracomment>Menu item. Glossary: Cơ quan xử lý → &quot;Cơ quan xử lý…&quot;</extracomment>
        <translation>&amp;Cơ quan xử lý…</translation>
    </message>
    <message>
        <source>&amp;Categories and routing…</source>
        <extracomment>Menu item (R-26). Glossary: Lĩnh vực → &quot;Lĩnh vực và cơ quan xử lý…&quot;</extracomment>
        <translation>&amp;Lĩnh vực và cơ quan xử lý…</translation>
    </message>
    <message>
        <source>A&amp;PI keys…</source>
        <extracomment>Menu item (R-21). Vietnamese: &quot;Khóa API…&quot;</extracomment>
        <translation>&amp;Khóa API…</translation>
    </message>
    <message>
        <source>Directory &amp;import and export…</source>
        <extracomment>Menu item. Vietnamese: &quot;Nhập, xuất danh mục (CSV)…&quot;</extracomment>
        <translation>&amp;Nhập, xuất danh mục (CSV)…</translation>
    </message>
    <message>
        <source>Administration &amp;log…</source>
        <extracomment>Menu item (R-29). Vietnamese: &quot;Nhật ký quản trị…&quot;</extracomment>
        <translation>Nhật &amp;ký quản trị…</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <extracomment>Menu of the administrator&apos;s screens. Vietnamese: &quot;&amp;Quản trị&quot;</extracomment>
        <translation>&amp;Quản trị</translation>
    </message>
</context>
<context>
    <name>paht::ui::AgencyAdmin</name>
    <message>
        <source>Handling agencies</source>
        <extracomment>Window title. Glossary: Cơ quan xử lý → &quot;Danh sách cơ quan xử lý&quot;</extracomment>
        <translation>Danh sách cơ quan xử lý</translation>
    </message>
    <message>
        <source>&amp;New agency…</source>
        <extracomment>Glossary: Cơ quan xử lý → &quot;Thêm cơ quan…&quot;</extracomment>
        <translation>&amp;Thêm cơ quan…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <extracomment>Vietnamese: &quot;Sửa…&quot;</extracomment>
        <translation>&amp;Sửa…</translation>
    </message>
    <message numerus="yes">
        <source>Agencies: %n</source>
        <extracomment>Glossary: Cơ quan xử lý → &quot;Số cơ quan xử lý: %n&quot;</extracomment>
        <translation>
            <numerusform>Số cơ quan xử lý: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paht::ui::AgencyDialog</name>
    <message>
        <source>New agency</source>
        <extracomment>Window title. Glossary: Cơ quan xử lý → &quot;Thêm cơ quan xử lý&quot;</extracomment>
        <translation>Thêm cơ quan xử lý</translation>
    </message>
    <message>
        <source>Agency: %1</source>
        <extracomment>Window title; %1 an agency&apos;s name. Vietnamese: &quot;Cơ quan xử lý: %1&quot;</extracomment>
        <translation>Cơ quan xử lý: %1</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <extracomment>Vietnamese: &quot;Mã cơ quan:&quot;</extracomment>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>Vietnamese: &quot;Tên cơ quan:&quot;</extracomment>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <extracomment>Vietnamese: &quot;Loại cơ quan:&quot;</extracomment>
        <translation>&amp;Loại cơ quan:</translation>
    </message>
    <message>
        <source>&amp;Processing limit (working days):</source>
        <extracomment>R-10: a number of working days follows. Glossary: Hạn xử lý, Ngày làm việc → &quot;Thời hạn xử lý (ngày làm việc):&quot;</extracomment>
        <translation>&amp;Thời hạn xử lý (ngày làm việc):</translation>
    </message>
    <message>
        <source>Leader in charge</source>
        <extracomment>R-25. Glossary: Lãnh đạo → &quot;Lãnh đạo phụ trách&quot;</extracomment>
        <translation>Lãnh đạo phụ trách</translation>
    </message>
    <message>
        <source>Focal person</source>
        <extracomment>R-25. Vietnamese: &quot;Đầu mối&quot;</extracomment>
        <translation>Đầu mối</translation>
    </message>
    <message>
        <source>Full name:</source>
        <extracomment>A contact person&apos;s full name. Vietnamese: &quot;Họ và tên:&quot;</extracomment>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Title:</source>
        <extracomment>A contact person&apos;s position. Vietnamese: &quot;Chức vụ:&quot;</extracomment>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <extracomment>Vietnamese: &quot;Điện thoại:&quot;</extracomment>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <extracomment>Vietnamese: &quot;Thư điện tử:&quot;</extracomment>
        <translation>Thư điện tử:</translation>
    </message>
</context>
<context>
    <name>paht::ui::ApiKeyAdmin</name>
    <message>
        <source>API keys</source>
        <extracomment>Window title (R-21). Vietnamese: &quot;Khóa API kết nối phần mềm&quot;</extracomment>
        <translation>Khóa API kết nối phần mềm</translation>
    </message>
    <message>
        <source>&amp;New key…</source>
        <extracomment>Vietnamese: &quot;Tạo khóa…&quot;</extracomment>
        <translation>&amp;Tạo khóa…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <extracomment>Vietnamese: &quot;Thu hồi…&quot;</extracomment>
        <translation>&amp;Thu hồi…</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <extracomment>Vietnamese: &quot;%n khóa&quot;</extracomment>
        <translation>
            <numerusform>%n khóa</numerusform>
        </translation>
    </message>
    <message>
        <source>New API key</source>
        <extracomment>Window title (R-21). Vietnamese: &quot;Khóa API mới&quot;</extracomment>
        <translation>Khóa API mới</translation>
    </message>
    <message>
        <source>The API key “%1”. Hand it over safely to whoever runs the software; the store keeps only its hash.</source>
        <extracomment>%1 the key&apos;s name. Vietnamese: &quot;Khóa API “%1”. Hãy chuyển an toàn cho đơn vị quản lý phần mềm; Trung tâm chỉ lưu mã băm của khóa.&quot;</extracomment>
        <translation>Khóa API “%1”. Hãy chuyển an toàn cho đơn vị quản lý phần mềm; hệ thống chỉ lưu mã băm của khóa.</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <extracomment>Window title (R-21). Vietnamese: &quot;Thu hồi khóa API&quot;</extracomment>
        <translation>Thu hồi khóa API</translation>
    </message>
    <message>
        <source>Revoke the key “%1”? The software using it can no longer connect, from now on.</source>
        <extracomment>%1 the key&apos;s name. Vietnamese: &quot;Thu hồi khóa “%1”? Phần mềm đang dùng khóa này sẽ không kết nối được nữa, ngay lập tức.&quot;</extracomment>
        <translation>Thu hồi khóa “%1”? Phần mềm đang dùng khóa này sẽ không kết nối được nữa, ngay từ bây giờ.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <extracomment>Vietnamese: &quot;Thu hồi&quot;</extracomment>
        <translation>Thu hồi</translation>
    </message>
</context>
<context>
    <name>paht::ui::ApiKeyDialog</name>
    <message>
        <source>New API key</source>
        <extracomment>Window title (R-21). Vietnamese: &quot;Tạo khóa API&quot;</extracomment>
        <translation>Khóa API mới</translation>
    </message>
    <message>
        <source>e.g. smart-quang-ninh</source>
        <extracomment>Vietnamese: &quot;vd. smart-quang-ninh&quot;</extracomment>
        <translation>vd. smart-quang-ninh</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>The name of an API key. Vietnamese: &quot;Tên khóa:&quot;</extracomment>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Used by:</source>
        <extracomment>Vietnamese: &quot;Dùng cho:&quot;</extracomment>
        <translation>&amp;Dùng cho:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <extracomment>Glossary: Cơ quan xử lý → &quot;Cơ quan xử lý:&quot;</extracomment>
        <translation>&amp;Cơ quan xử lý:</translation>
    </message>
    <message>
        <source>The software of an agency acts with this key as a specialist of that agency.</source>
        <extracomment>R-21. Vietnamese: &quot;Phần mềm của cơ quan dùng khóa này sẽ hoạt động như một chuyên viên của cơ quan đó.&quot;</extracomment>
        <translation>Phần mềm của cơ quan dùng khóa này sẽ hoạt động như một chuyên viên của cơ quan đó.</translation>
    </message>
    <message>
        <source>Create key</source>
        <extracomment>Vietnamese: &quot;Tạo khóa&quot;</extracomment>
        <translation>Tạo khóa</translation>
    </message>
</context>
<context>
    <name>paht::ui::ApprovalScreen</name>
    <message>
        <source>&amp;Approval</source>
        <extracomment>Menu of the agency leader. Glossary: Phê duyệt</extracomment>
        <translation>&amp;Phê duyệt</translation>
    </message>
    <message>
        <source>Results awaiting &amp;approval…</source>
        <extracomment>Opens the approval screen (R-12). Glossary: Kết quả xử lý; Phê duyệt</extracomment>
        <translation>Kết quả chờ &amp;phê duyệt…</translation>
    </message>
</context>
<context>
    <name>paht::ui::ApprovalWindow</name>
    <message>
        <source>Show decided results too</source>
        <extracomment>Also list the results the leader already approved or returned, to read their history (R-29)</extracomment>
        <translation>Hiện cả kết quả đã phê duyệt hoặc đã trả lại</translation>
    </message>
    <message>
        <source>Results awaiting your approval</source>
        <extracomment>Heading of the list on the approval screen (R-12). Glossary: Phê duyệt</extracomment>
        <translation>Kết quả xử lý chờ phê duyệt</translation>
    </message>
    <message>
        <source>Approval of results — %1</source>
        <extracomment>Window title; %1 is the leader&apos;s agency. Glossary: Phê duyệt; Kết quả xử lý</extracomment>
        <translation>Phê duyệt kết quả xử lý — %1</translation>
    </message>
    <message>
        <source>%1 has no result awaiting your approval.</source>
        <extracomment>The leader opened a report whose result does not wait for a decision (any more)</extracomment>
        <translation>%1 không có kết quả xử lý nào chờ phê duyệt.</translation>
    </message>
    <message>
        <source>Choose a result in the list.</source>
        <extracomment>Shown when no result is chosen on the approval screen</extracomment>
        <translation>Chọn một kết quả trong danh sách.</translation>
    </message>
    <message>
        <source>Your decision on this result waits in the outbox; it goes to the store as soon as the store can be reached.</source>
        <translation>Quyết định về kết quả này đang chờ trong hàng đợi gửi; sẽ được gửi ngay khi kết nối được máy chủ.</translation>
    </message>
    <message numerus="yes">
        <source>Approve selected (%n)</source>
        <extracomment>Approves every selected result at once (R-12). Glossary: Phê duyệt</extracomment>
        <translation>
            <numerusform>Phê duyệt các mục đã chọn (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 — in the outbox.</source>
        <extracomment>After a decision: the report number and the decision, e.g. &quot;PAHT-2026-000123: Phê duyệt — …&quot;</extracomment>
        <translation>%1: %2 — đã đưa vào hàng đợi gửi.</translation>
    </message>
    <message>
        <source>The decision could not be saved to the outbox.</source>
        <translation>Không lưu được quyết định vào hàng đợi gửi.</translation>
    </message>
    <message>
        <source>Approve several results</source>
        <extracomment>Title of the confirmation of a batch approval. Glossary: Phê duyệt</extracomment>
        <translation>Phê duyệt nhiều kết quả</translation>
    </message>
    <message numerus="yes">
        <source>Approve these %n result(s) as the specialists wrote them? Each goes to the store as its own decision.</source>
        <translation>
            <numerusform>Phê duyệt %n kết quả này theo nội dung chuyên viên đã viết? Mỗi kết quả được gửi lên máy chủ như một quyết định riêng.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n result(s)</source>
        <translation>
            <numerusform>Phê duyệt %n kết quả</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) approved; the decisions are in the outbox.</source>
        <translation>
            <numerusform>Đã phê duyệt %n kết quả; các quyết định đang ở hàng đợi gửi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <extracomment>Title of the photo viewer; %1 is the report number</extracomment>
        <translation>Ảnh của %1</translation>
    </message>
</context>
<context>
    <name>paht::ui::AttachmentStrip</name>
    <message>
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <source>Not here yet</source>
        <extracomment>A photo or file of the report that is not downloaded to this computer yet</extracomment>
        <translation>Chưa tải về máy</translation>
    </message>
    <message>
        <source>Document</source>
        <extracomment>A result file that is no picture, e.g. a PDF. Vietnamese: Tài liệu</extracomment>
        <translation>Tài liệu</translation>
    </message>
</context>
<context>
    <name>paht::ui::CalendarEditor</name>
    <message>
        <source>Working calendar</source>
        <extracomment>Window title. Glossary: Ngày làm việc → &quot;Lịch làm việc và ngày nghỉ&quot;</extracomment>
        <translation>Lịch làm việc và ngày nghỉ</translation>
    </message>
    <message>
        <source>Year</source>
        <extracomment>Vietnamese: &quot;Năm&quot;</extracomment>
        <translation>Năm</translation>
    </message>
    <message>
        <source>e.g. Thông báo 6150/TB-LĐTBXH</source>
        <extracomment>Placeholder: the government&apos;s yearly notice. Vietnamese: &quot;ví dụ: Thông báo 6150/TB-LĐTBXH&quot;</extracomment>
        <translation>ví dụ: Thông báo 6150/TB-LĐTBXH</translation>
    </message>
    <message>
        <source>Notice</source>
        <extracomment>The government&apos;s notice the year&apos;s days off come from. Vietnamese: &quot;Văn bản thông báo&quot;</extracomment>
        <translation>Văn bản thông báo</translation>
    </message>
    <message>
        <source>Public holidays (Labour Code, computed)</source>
        <extracomment>Labour Code Art. 112, computed. Vietnamese: &quot;Ngày nghỉ lễ, Tết theo Bộ luật Lao động (tự tính)&quot;</extracomment>
        <translation>Ngày nghỉ lễ, Tết theo Bộ luật Lao động (tự tính)</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>Vietnamese: &quot;Ngày&quot;</extracomment>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Set by the notice (untick: from the lunar calendar)</source>
        <extracomment>Vietnamese: &quot;Theo thông báo của năm (bỏ chọn: tính theo âm lịch)&quot;</extracomment>
        <translation>Theo thông báo của năm (bỏ chọn: tính theo âm lịch)</translation>
    </message>
    <message>
        <source>Compensatory days for Tết days on a weekend</source>
        <extracomment>Vietnamese: &quot;Ngày nghỉ bù cho các ngày Tết trùng cuối tuần&quot;</extracomment>
        <translation>Ngày nghỉ bù cho các ngày Tết trùng cuối tuần</translation>
    </message>
    <message>
        <source>Set by the notice (untick: the next working days)</source>
        <extracomment>Vietnamese: &quot;Theo thông báo của năm (bỏ chọn: các ngày làm việc kế tiếp)&quot;</extracomment>
        <translation>Theo thông báo của năm (bỏ chọn: các ngày làm việc kế tiếp)</translation>
    </message>
    <message>
        <source>Tết</source>
        <extracomment>Glossary: Tết Nguyên Đán → &quot;Nghỉ Tết Nguyên Đán&quot;</extracomment>
        <translation>Nghỉ Tết Nguyên Đán</translation>
    </message>
    <message>
        <source>The day beside National Day (2 September)</source>
        <extracomment>Labour Code Art. 112(1)(đ). Vietnamese: &quot;Ngày nghỉ liền kề Quốc khánh 2/9&quot;</extracomment>
        <translation>Ngày nghỉ liền kề Quốc khánh 2/9</translation>
    </message>
    <message>
        <source>Worked</source>
        <extracomment>A Saturday or Sunday worked. Vietnamese: &quot;Đi làm ngày&quot;</extracomment>
        <translation>Đi làm ngày</translation>
    </message>
    <message>
        <source>Day off</source>
        <extracomment>The weekday off in exchange. Vietnamese: &quot;Nghỉ ngày&quot;</extracomment>
        <translation>Nghỉ ngày</translation>
    </message>
    <message>
        <source>Swapped days (a Saturday or Sunday worked for a weekday off)</source>
        <extracomment>Vietnamese: &quot;Hoán đổi ngày làm việc (đi làm thứ Bảy/Chủ nhật, nghỉ một ngày trong tuần)&quot;</extracomment>
        <translation>Hoán đổi ngày làm việc (đi làm thứ Bảy/Chủ nhật, nghỉ một ngày trong tuần)</translation>
    </message>
    <message>
        <source>Extra days off</source>
        <extracomment>Vietnamese: &quot;Ngày nghỉ thêm theo thông báo&quot;</extracomment>
        <translation>Ngày nghỉ thêm theo thông báo</translation>
    </message>
    <message>
        <source>Office hours by season (every year)</source>
        <extracomment>Glossary: Giờ làm việc → &quot;Giờ làm việc theo mùa (áp dụng mọi năm)&quot;</extracomment>
        <translation>Giờ làm việc theo mùa (áp dụng mọi năm)</translation>
    </message>
    <message>
        <source>Add season</source>
        <extracomment>Vietnamese: &quot;Thêm mùa&quot;</extracomment>
        <translation>Thêm mùa</translation>
    </message>
    <message>
        <source>Remove season</source>
        <extracomment>Vietnamese: &quot;Xóa mùa đã chọn&quot;</extracomment>
        <translation>Xóa mùa đã chọn</translation>
    </message>
    <message>
        <source>Tết break: %1 to %2 (%3 days)</source>
        <translation>Kỳ nghỉ Tết: từ %1 đến %2 (%3 ngày)</translation>
    </message>
    <message>
        <source>By the rule (%1)</source>
        <extracomment>%1 the day the rule gives. Vietnamese: &quot;Theo quy định chung (%1)&quot;</extracomment>
        <translation>Theo quy định chung (%1)</translation>
    </message>
    <message>
        <source>%1 worked, %2 off</source>
        <extracomment>%1 the Saturday or Sunday worked, %2 the weekday off. Vietnamese: &quot;Đi làm %1, nghỉ %2&quot;</extracomment>
        <translation>Đi làm %1, nghỉ %2</translation>
    </message>
    <message>
        <source>Saving…</source>
        <extracomment>Vietnamese: &quot;Đang lưu…&quot;</extracomment>
        <translation>Đang lưu…</translation>
    </message>
</context>
<context>
    <name>paht::ui::CalendarPreview</name>
    <message>
        <source>Show weekends</source>
        <extracomment>Vietnamese: &quot;Hiện cả ngày nghỉ cuối tuần&quot;</extracomment>
        <translation>Hiện cả ngày nghỉ cuối tuần</translation>
    </message>
    <message>
        <source>Red: public holiday · Orange: compensatory, swapped or extra day off · Green: Saturday or Sunday worked · Grey: weekend</source>
        <extracomment>Legend of the month grid. Vietnamese: &quot;Đỏ: nghỉ lễ, Tết · Cam: nghỉ bù, nghỉ hoán đổi, nghỉ thêm · Xanh: thứ Bảy, Chủ nhật đi làm · Xám: nghỉ cuối tuần&quot;</extracomment>
        <translation>Đỏ: nghỉ lễ, Tết · Cam: nghỉ bù, nghỉ hoán đổi, nghỉ thêm · Xanh: thứ Bảy, Chủ nhật đi làm · Xám: nghỉ cuối tuần</translation>
    </message>
</context>
<context>
    <name>paht::ui::CategoryAdmin</name>
    <message>
        <source>Report categories</source>
        <extracomment>Window title (R-26). Glossary: Lĩnh vực → &quot;Danh mục lĩnh vực phản ánh&quot;</extracomment>
        <translation>Danh mục lĩnh vực phản ánh</translation>
    </message>
    <message>
        <source>&amp;New category…</source>
        <extracomment>Glossary: Lĩnh vực → &quot;Thêm lĩnh vực…&quot;</extracomment>
        <translation>&amp;Thêm lĩnh vực…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <extracomment>Vietnamese: &quot;Sửa…&quot;</extracomment>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <extracomment>Retires or brings back the chosen category; the text changes with it. Vietnamese: &quot;Ngừng sử dụng…&quot;</extracomment>
        <translation>&amp;Ngừng sử dụng…</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <extracomment>Vietnamese: &quot;Dùng lại&quot; / &quot;Ngừng sử dụng…&quot;</extracomment>
        <translation>&amp;Dùng lại</translation>
    </message>
    <message numerus="yes">
        <source>Categories: %n</source>
        <extracomment>Glossary: Lĩnh vực → &quot;Số lĩnh vực: %n&quot;</extracomment>
        <translation>
            <numerusform>Số lĩnh vực: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Retire category</source>
        <extracomment>Window title (R-26). Glossary: Lĩnh vực → &quot;Ngừng sử dụng lĩnh vực&quot;</extracomment>
        <translation>Ngừng sử dụng lĩnh vực</translation>
    </message>
    <message>
        <source>Retire the category “%1”? New reports can no longer be put in it; earlier reports keep it.</source>
        <extracomment>%1 a category&apos;s name. Vietnamese: &quot;Ngừng sử dụng lĩnh vực “%1”? Phản ánh mới không chọn được lĩnh vực này nữa; các phản ánh cũ vẫn giữ nguyên.&quot;</extracomment>
        <translation>Ngừng sử dụng lĩnh vực “%1”? Phản ánh mới không chọn được lĩnh vực này nữa; các phản ánh cũ vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>Retire</source>
        <extracomment>Vietnamese: &quot;Ngừng sử dụng&quot;</extracomment>
        <translation>Ngừng sử dụng</translation>
    </message>
</context>
<context>
    <name>paht::ui::CategoryDialog</name>
    <message>
        <source>New category</source>
        <extracomment>Window title. Glossary: Lĩnh vực → &quot;Thêm lĩnh vực&quot;</extracomment>
        <translation>Thêm lĩnh vực</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <extracomment>Window title; %1 a category&apos;s name. Glossary: Lĩnh vực → &quot;Lĩnh vực: %1&quot;</extracomment>
        <translation>Lĩnh vực: %1</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <extracomment>Vietnamese: &quot;Mã lĩnh vực:&quot;</extracomment>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>Glossary: Lĩnh vực → &quot;Tên lĩnh vực:&quot;</extracomment>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>In use (offered for new reports)</source>
        <extracomment>R-26: unticked, the category is retired (kept for old reports). Vietnamese: &quot;Đang sử dụng (được chọn cho phản ánh mới)&quot;</extracomment>
        <translation>Đang sử dụng (được chọn cho phản ánh mới)</translation>
    </message>
    <message>
        <source>Agencies suggested when dispatching, in order</source>
        <extracomment>R-26. Glossary: Cơ quan xử lý → &quot;Cơ quan xử lý được gợi ý khi chuyển xử lý (theo thứ tự)&quot;</extracomment>
        <translation>Cơ quan xử lý được gợi ý khi chuyển xử lý (theo thứ tự)</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <extracomment>Vietnamese: &quot;Lên&quot;</extracomment>
        <translation>&amp;Lên</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <extracomment>Vietnamese: &quot;Xuống&quot;</extracomment>
        <translation>&amp;Xuống</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <extracomment>Vietnamese: &quot;Bỏ khỏi danh sách&quot;</extracomment>
        <translation>&amp;Bỏ khỏi danh sách</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <extracomment>Adds the chosen agency to the routing. Vietnamese: &quot;Thêm&quot;</extracomment>
        <translation>&amp;Thêm</translation>
    </message>
</context>
<context>
    <name>paht::ui::CitizenAnswerDialog</name>
    <message>
        <source>Your agency&apos;s result: %1</source>
        <translation>Kết quả xử lý của cơ quan: %1</translation>
    </message>
    <message>
        <source>The reporter asked for clarification on %1:</source>
        <extracomment>Glossary: Phản hồi / Làm rõ. Vietnamese: &quot;Người phản ánh đề nghị làm rõ lúc %1:&quot;</extracomment>
        <translation>Người phản ánh đề nghị làm rõ lúc %1:</translation>
    </message>
    <message>
        <source>Answer the reporter by</source>
        <extracomment>Before the R-18 deadline. Vietnamese: &quot;Trả lời người phản ánh trước&quot;</extracomment>
        <translation>Trả lời người phản ánh trước</translation>
    </message>
    <message>
        <source>Your answer to the reporter (required)</source>
        <translation>Nội dung trả lời người phản ánh (bắt buộc)</translation>
    </message>
</context>
<context>
    <name>paht::ui::CitizenVoiceView</name>
    <message>
        <source>The citizen&apos;s answers and rating</source>
        <extracomment>Heading in the detail pane (R-18, R-19). Glossary: Phản hồi → &quot;Phản hồi và đánh giá của người dân&quot;</extracomment>
        <translation>Phản hồi và đánh giá của người dân</translation>
    </message>
    <message>
        <source>%1 (%2/5)</source>
        <extracomment>The rating on the five-level scale (R-19); %1 the level&apos;s name, %2 its score (5 best). Vietnamese: &quot;%1 (%2/5)&quot;</extracomment>
        <translation>%1 (%2/5)</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <extracomment>Vietnamese: Người phản ánh chưa đánh giá</extracomment>
        <translation>Người phản ánh chưa đánh giá</translation>
    </message>
    <message>
        <source>Reporter</source>
        <extracomment>Who wrote an answer: the citizen. Vietnamese: Người phản ánh</extracomment>
        <translation>Người phản ánh</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <extracomment>One answer: %1 when, %2 who, %3 the text. Vietnamese: &quot;%1 · %2: %3&quot;</extracomment>
        <translation>%1 · %2: %3</translation>
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
    <name>paht::ui::ContactRequestDialog</name>
    <message>
        <source>The Operations Center decides whether your agency gets the reporter&apos;s contact details. Your request and any disclosure are recorded.</source>
        <translation>Trung tâm quyết định việc cung cấp thông tin liên hệ của người phản ánh cho cơ quan. Đề nghị này và việc cung cấp (nếu có) đều được ghi nhận.</translation>
    </message>
    <message>
        <source>Why your agency needs the contact to handle the report (required)</source>
        <translation>Lý do cơ quan cần thông tin liên hệ để xử lý phản ánh (bắt buộc)</translation>
    </message>
</context>
<context>
    <name>paht::ui::ContactRequestsWindow</name>
    <message>
        <source>Disclose…</source>
        <extracomment>Button (R-27). Vietnamese: &quot;Cung cấp thông tin liên hệ…&quot;</extracomment>
        <translation>Cung cấp thông tin liên hệ…</translation>
    </message>
    <message>
        <source>Requests for the reporter&apos;s contact</source>
        <extracomment>Window title (R-27). Vietnamese: &quot;Đề nghị cung cấp thông tin liên hệ người phản ánh&quot;</extracomment>
        <translation>Đề nghị cung cấp thông tin liên hệ người phản ánh</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>Column. Vietnamese: Số phản ánh</extracomment>
        <translation>Số phản ánh</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Column. Vietnamese: Tiêu đề</extracomment>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Agency</source>
        <extracomment>Column. Glossary: Cơ quan xử lý</extracomment>
        <translation>Cơ quan xử lý</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>Column. Vietnamese: Lý do</extracomment>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Asked</source>
        <extracomment>Column: when the agency asked. Vietnamese: Thời điểm đề nghị</extracomment>
        <translation>Thời điểm đề nghị</translation>
    </message>
</context>
<context>
    <name>paht::ui::DayListEditor</name>
    <message>
        <source>Add</source>
        <extracomment>Vietnamese: &quot;Thêm&quot;</extracomment>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <extracomment>Vietnamese: &quot;Xóa mục đã chọn&quot;</extracomment>
        <translation>Xóa mục đã chọn</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>Placeholder of a note on a day. Vietnamese: &quot;Ghi chú&quot;</extracomment>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>paht::ui::DeadlineLabel</name>
    <message>
        <source>%1 %2 — %3</source>
        <extracomment>A deadline where the user decides: %1 the step (&quot;Accept by&quot;), %2 the deadline&apos;s date and time, %3 how it stands (&quot;5 working hours left&quot;). Vietnamese: &quot;%1 %2 — %3&quot;</extracomment>
        <translation>%1 %2 — %3</translation>
    </message>
</context>
<context>
    <name>paht::ui::DecisionPanel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A button&apos;s label and its keyboard shortcut, e.g. &quot;Approve (Ctrl+Return)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Why the result goes back for rework — the specialist reads this:</source>
        <extracomment>R-12. Glossary: Trả lại để xử lý lại; Chuyên viên</extracomment>
        <translation>Lý do trả lại để xử lý lại — chuyên viên sẽ đọc nội dung này:</translation>
    </message>
    <message>
        <source>Review and approve…</source>
        <translation>Xem lại và phê duyệt…</translation>
    </message>
    <message>
        <source>Edit the result. The difference from the specialist&apos;s text shows on the right: struck out what goes, underlined what comes.</source>
        <extracomment>R-12: the leader edits the specialist&apos;s result. Glossary: Sửa và phê duyệt</extracomment>
        <translation>Sửa kết quả xử lý. Phần khác so với nội dung của chuyên viên hiện ở bên phải: gạch ngang phần bỏ đi, gạch chân phần thêm vào.</translation>
    </message>
    <message>
        <source>Words added: %1. Words removed: %2.</source>
        <extracomment>How much the leader&apos;s edit changes. %1 and %2 are numbers of words.</extracomment>
        <translation>Số từ thêm: %1. Số từ bỏ: %2.</translation>
    </message>
    <message>
        <source>Edit and approve %1</source>
        <extracomment>Title of the confirmation. Glossary: Sửa và phê duyệt</extracomment>
        <translation>Sửa và phê duyệt %1</translation>
    </message>
    <message>
        <source>Approve the result with these changes? The specialist&apos;s text stays in the history.</source>
        <translation>Phê duyệt kết quả xử lý với các thay đổi này? Nội dung của chuyên viên vẫn được lưu trong lịch sử.</translation>
    </message>
    <message>
        <source>Approve with these changes</source>
        <extracomment>The button that sends the leader&apos;s edit. Glossary: Phê duyệt</extracomment>
        <translation>Phê duyệt với các thay đổi này</translation>
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
    <message>
        <source>%1: %2</source>
        <extracomment>One reminded report in a notification; %1 its number, %2 the center&apos;s note or the report&apos;s title. Vietnamese: &quot;%1: %2&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reminder from the Operations Center</source>
        <extracomment>Notification title (R-24). Glossary: Nhắc nhở, đôn đốc → &quot;Trung tâm nhắc nhở, đôn đốc&quot;</extracomment>
        <translation>Nhắc nhở, đôn đốc từ Trung tâm điều hành thành phố thông minh</translation>
    </message>
</context>
<context>
    <name>paht::ui::DirectoryExchange</name>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <extracomment>%1 a file, %2 why. Vietnamese: &quot;Không ghi được tệp %1: %2&quot;</extracomment>
        <translation>Không ghi được tệp %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <extracomment>%1 a file. Vietnamese: &quot;Đã lưu vào %1.&quot;</extracomment>
        <translation>Đã lưu vào %1.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <extracomment>%1 a file, %2 why. Vietnamese: &quot;Không đọc được tệp %1: %2&quot;</extracomment>
        <translation>Không đọc được tệp %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: %n row(s) of the file are wrong. Correct them all and import the file again.</source>
        <translation>
            <numerusform>Không có gì được ghi: %n dòng của tệp bị sai. Hãy sửa tất cả các dòng dưới đây rồi nhập lại tệp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated.</source>
        <extracomment>%1 entries created, %2 changed. Vietnamese: &quot;Đã nhập: %1 mục mới, %2 mục được cập nhật.&quot;</extracomment>
        <translation>Đã nhập: %1 mục mới, %2 mục được cập nhật.</translation>
    </message>
</context>
<context>
    <name>paht::ui::DirectoryExchangeWindow</name>
    <message>
        <source>&amp;Export to CSV…</source>
        <extracomment>Vietnamese: &quot;Xuất ra tệp CSV…&quot;</extracomment>
        <translation>&amp;Xuất ra tệp CSV…</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <extracomment>Vietnamese: &quot;Nhập từ tệp CSV…&quot;</extracomment>
        <translation>&amp;Nhập từ tệp CSV…</translation>
    </message>
    <message>
        <source>Directory import and export</source>
        <extracomment>Window title. Vietnamese: &quot;Nhập, xuất danh mục (CSV)&quot;</extracomment>
        <translation>Nhập, xuất danh mục (CSV)</translation>
    </message>
    <message>
        <source>The agencies, categories and accounts as CSV files (UTF-8, Excel opens them). An import with any bad row writes nothing. Imported new accounts have no password yet: reset it for each person.</source>
        <extracomment>Vietnamese: &quot;Danh mục cơ quan, lĩnh vực và tài khoản dưới dạng tệp CSV (UTF-8, mở được bằng Excel). Khi nhập, nếu có một dòng sai thì không dòng nào được ghi. Tài khoản mới nhập chưa có mật khẩu: hãy đặt lại mật khẩu cho từng người.&quot;</extracomment>
        <translation>Danh mục cơ quan xử lý, lĩnh vực và tài khoản dưới dạng tệp CSV (UTF-8, mở được bằng Excel). Khi nhập, nếu có một dòng sai thì không dòng nào được ghi. Tài khoản mới nhập chưa có mật khẩu: hãy đặt lại mật khẩu cho từng người.</translation>
    </message>
    <message>
        <source>Agencies</source>
        <extracomment>Glossary: Cơ quan xử lý → &quot;Cơ quan xử lý&quot;</extracomment>
        <translation>Cơ quan xử lý</translation>
    </message>
    <message>
        <source>Categories</source>
        <extracomment>Glossary: Lĩnh vực → &quot;Lĩnh vực&quot;</extracomment>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Accounts (without passwords)</source>
        <extracomment>Vietnamese: &quot;Tài khoản (không kèm mật khẩu)&quot;</extracomment>
        <translation>Tài khoản (không kèm mật khẩu)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <extracomment>File type filter. Vietnamese: &quot;Tệp CSV (*.csv)&quot;</extracomment>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>paht::ui::DiscloseContactDialog</name>
    <message>
        <source>Report %1: %2</source>
        <extracomment>%1 a report number, %2 its title. Vietnamese: &quot;Phản ánh %1: %2&quot;</extracomment>
        <translation>Phản ánh %1: %2</translation>
    </message>
    <message>
        <source>The reporter asked for confidentiality: the agency will still not see the contact (R-4). Give it only by other means and only if the reporter agrees.</source>
        <extracomment>R-4: a confidential reporter&apos;s identity never leaves the center. Glossary: Giữ bí mật</extracomment>
        <translation>Người phản ánh đề nghị giữ bí mật: cơ quan xử lý vẫn không xem được thông tin liên hệ (R-4). Chỉ cung cấp bằng cách khác và khi người phản ánh đồng ý.</translation>
    </message>
    <message>
        <source>Requests from the agencies:</source>
        <extracomment>Heading (R-27). Vietnamese: &quot;Cơ quan đề nghị cung cấp thông tin liên hệ:&quot;</extracomment>
        <translation>Đề nghị của các cơ quan xử lý:</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>A request; %1 agency, %2 reason, %3 when. Vietnamese: &quot;%1: %2 (%3)&quot;</extracomment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>(no request)</source>
        <extracomment>Vietnamese: &quot;(chưa có đề nghị)&quot;</extracomment>
        <translation>(chưa có đề nghị)</translation>
    </message>
    <message>
        <source>Give the contact to:</source>
        <extracomment>Vietnamese: &quot;Cung cấp cho cơ quan:&quot;</extracomment>
        <translation>Cung cấp thông tin liên hệ cho:</translation>
    </message>
    <message>
        <source>Reason for the disclosure (recorded):</source>
        <extracomment>R-27: each disclosure is recorded. Vietnamese: &quot;Lý do cung cấp (được ghi lại):&quot;</extracomment>
        <translation>Lý do cung cấp thông tin (sẽ được lưu lại):</translation>
    </message>
</context>
<context>
    <name>paht::ui::DispatchDialog</name>
    <message>
        <source>Number</source>
        <translation>Số phản ánh</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Ward/commune</source>
        <translation>Phường/xã</translation>
    </message>
    <message>
        <source>Type to find an agency (diacritics optional)</source>
        <translation>Gõ để tìm cơ quan xử lý (có thể gõ không dấu)</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan xử lý</translation>
    </message>
    <message>
        <source>Accept by
(R-9)</source>
        <translation>Hạn tiếp nhận xử lý
(R-9)</translation>
    </message>
    <message>
        <source>Processing time
(R-10)</source>
        <translation>Thời hạn xử lý
(R-10)</translation>
    </message>
    <message>
        <source>Done by, if
accepted now</source>
        <translation>Hạn xử lý nếu
tiếp nhận ngay</translation>
    </message>
    <message>
        <source>Done by, if accepted
at the latest</source>
        <translation>Hạn xử lý nếu tiếp nhận
muộn nhất</translation>
    </message>
    <message>
        <source>Instruction to the agencies (optional): what to check, whom to contact, what the reporter added</source>
        <translation>Ý kiến chỉ đạo cho cơ quan xử lý (không bắt buộc): cần kiểm tra gì, liên hệ với ai, người phản ánh bổ sung gì</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Chuyển xử lý</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Leave out the blocked reports</source>
        <translation>Bỏ qua các phản ánh chưa chuyển được</translation>
    </message>
    <message>
        <source>Handling agencies</source>
        <translation>Cơ quan xử lý</translation>
    </message>
    <message>
        <source>Deadlines of the chosen agencies</source>
        <translation>Hạn xử lý của các cơ quan được chọn</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Ý kiến chỉ đạo</translation>
    </message>
    <message>
        <source>Type to filter · Enter ticks or unticks the first match · ↓ and Space choose in the list · Ctrl+Enter dispatches</source>
        <translation>Gõ để lọc · Enter chọn hoặc bỏ chọn cơ quan đầu tiên khớp · ↓ và Space để chọn trong danh sách · Ctrl+Enter để chuyển xử lý</translation>
    </message>
    <message>
        <source>Dispatch %1</source>
        <translation>Chuyển xử lý %1</translation>
    </message>
    <message numerus="yes">
        <source>Dispatch %n report(s)</source>
        <translation>
            <numerusform>Chuyển xử lý %n phản ánh</numerusform>
        </translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Chưa phân loại</translation>
    </message>
    <message>
        <source>%1 was returned by %2 on %3: “%4”</source>
        <translation>%1 đã bị %2 trả lại Trung tâm lúc %3: “%4”</translation>
    </message>
    <message>
        <source>Choose another agency, or send it back to the same one with an instruction (R-11).</source>
        <translation>Hãy chọn cơ quan xử lý khác, hoặc chuyển lại cho chính cơ quan đó kèm ý kiến chỉ đạo (R-11).</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>gợi ý</translation>
    </message>
    <message>
        <source>returned it</source>
        <translation>đã trả lại</translation>
    </message>
    <message>
        <source>returned %1</source>
        <translation>đã trả lại %1</translation>
    </message>
    <message>
        <source>already holds it</source>
        <translation>đang xử lý</translation>
    </message>
    <message>
        <source>already holds %1</source>
        <translation>đang xử lý %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>If dispatched now (%1), on the working-time clock:</source>
        <translation>Nếu chuyển xử lý ngay (%1), tính theo thời gian làm việc:</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n ngày làm việc</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>paht::ui::DispatchScreen</name>
    <message>
        <source>Select the reports to dispatch first.</source>
        <translation>Hãy chọn phản ánh cần chuyển xử lý trước.</translation>
    </message>
    <message>
        <source>These dispatches could not be saved to the outbox: %1</source>
        <translation>Không lưu được vào hàng đợi gửi lệnh chuyển xử lý của các phản ánh: %1</translation>
    </message>
</context>
<context>
    <name>paht::ui::EscalationsWindow</name>
    <message>
        <source>Resolve…</source>
        <extracomment>Button (R-13). Vietnamese: &quot;Ghi nhận ý kiến chỉ đạo…&quot;</extracomment>
        <translation>Ghi nhận ý kiến chỉ đạo…</translation>
    </message>
    <message>
        <source>Escalations to the Provincial People&apos;s Committee</source>
        <extracomment>Window title (R-13). Glossary: Báo cáo UBND tỉnh → &quot;Các phản ánh đã báo cáo UBND tỉnh&quot;</extracomment>
        <translation>Các phản ánh đã báo cáo UBND tỉnh</translation>
    </message>
    <message>
        <source>%1 awaiting the committee, %2 in all</source>
        <extracomment>%1 open escalations, %2 all. Vietnamese: &quot;%1 chờ UBND tỉnh / %2 phản ánh đã báo cáo&quot;</extracomment>
        <translation>%1 chờ UBND tỉnh, tổng số %2</translation>
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
    <name>paht::ui::FlagReporterDialog</name>
    <message>
        <source>Report %1 from %2</source>
        <extracomment>%1 a report number, %2 the reporter&apos;s name. Vietnamese: &quot;Phản ánh %1 của %2&quot;</extracomment>
        <translation>Phản ánh %1 của %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <extracomment>R-28; %1 the current flag. Vietnamese: &quot;Hiện tại: %1&quot;</extracomment>
        <translation>Hiện tại: %1</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <extracomment>Optional note with the flag (R-28). Vietnamese: &quot;Ghi chú (không bắt buộc):&quot;</extracomment>
        <translation>Ghi chú (không bắt buộc):</translation>
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
    <message>
        <source>&amp;Work</source>
        <translation>&amp;Công việc</translation>
    </message>
    <message>
        <source>&amp;Dispatch selected reports…</source>
        <translation>&amp;Chuyển xử lý các phản ánh đã chọn…</translation>
    </message>
</context>
<context>
    <name>paht::ui::OversightScreen</name>
    <message>
        <source>&amp;Oversight</source>
        <extracomment>Menu of the center&apos;s oversight (R-13, R-24, R-27). Vietnamese: &quot;&amp;Giám sát&quot;</extracomment>
        <translation>&amp;Giám sát</translation>
    </message>
    <message>
        <source>Late assignments and reminders…</source>
        <extracomment>Menu item (R-24). Glossary: Quá hạn, Nhắc nhở → &quot;Phản ánh quá hạn, sắp đến hạn và nhắc nhở…&quot;</extracomment>
        <translation>Quá hạn, sắp đến hạn và nhắc nhở…</translation>
    </message>
    <message>
        <source>Escalations…</source>
        <extracomment>Menu item (R-13). Glossary: Báo cáo UBND tỉnh → &quot;Danh sách báo cáo UBND tỉnh…&quot;</extracomment>
        <translation>Danh sách báo cáo UBND tỉnh…</translation>
    </message>
    <message>
        <source>Requests for the reporter&apos;s contact…</source>
        <extracomment>Menu item (R-27). Vietnamese: &quot;Đề nghị cung cấp thông tin liên hệ…&quot;</extracomment>
        <translation>Đề nghị cung cấp thông tin liên hệ…</translation>
    </message>
    <message>
        <source>The command could not be saved to the outbox.</source>
        <translation>Không thể lưu thao tác vào hàng đợi gửi.</translation>
    </message>
    <message>
        <source>Overdue and nearly due assignments</source>
        <extracomment>Window title (R-24). Glossary: Quá hạn / Sắp đến hạn → &quot;Phản ánh quá hạn và sắp đến hạn&quot;</extracomment>
        <translation>Phản ánh quá hạn và sắp đến hạn</translation>
    </message>
    <message>
        <source>Report %1: %2</source>
        <extracomment>%1 a report number, %2 its title. Vietnamese: &quot;Phản ánh %1: %2&quot;</extracomment>
        <translation>Phản ánh %1: %2</translation>
    </message>
    <message>
        <source>What the Provincial People&apos;s Committee must take up (the agencies cannot agree, or the handling is not thorough):</source>
        <extracomment>R-13. Glossary: Báo cáo UBND tỉnh → &quot;Nội dung báo cáo UBND tỉnh (các cơ quan chưa thống nhất, hoặc xử lý chưa triệt để):&quot;</extracomment>
        <translation>Nội dung báo cáo UBND tỉnh (các cơ quan chưa thống nhất, hoặc xử lý chưa triệt để):</translation>
    </message>
    <message>
        <source>Report %1, escalated on %2 by %3:
%4</source>
        <extracomment>%1 a report number, %2 when, %3 who, %4 the escalation note. Vietnamese: &quot;Phản ánh %1, báo cáo UBND tỉnh lúc %2 (%3):
%4&quot;</extracomment>
        <translation>Phản ánh %1, báo cáo UBND tỉnh lúc %2 (%3):
%4</translation>
    </message>
    <message>
        <source>The committee&apos;s direction:</source>
        <extracomment>R-13. Vietnamese: &quot;Ý kiến chỉ đạo của UBND tỉnh:&quot;</extracomment>
        <translation>Ý kiến chỉ đạo của UBND tỉnh:</translation>
    </message>
    <message>
        <source>No agency can be given the contact of report %1 now.</source>
        <extracomment>R-27. Vietnamese: &quot;Không có cơ quan nào có thể nhận thông tin liên hệ của phản ánh %1 lúc này.&quot;</extracomment>
        <translation>Hiện không có cơ quan xử lý nào có thể nhận thông tin liên hệ của phản ánh %1.</translation>
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
    <name>paht::ui::PublicationDialog</name>
    <message>
        <source>&amp;Save answer</source>
        <translation>&amp;Lưu nội dung trả lời</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Publication — %1</source>
        <translation>Công khai — %1</translation>
    </message>
    <message>
        <source>Public answer</source>
        <translation>Nội dung trả lời công khai</translation>
    </message>
    <message>
        <source>As the Appendix II notice</source>
        <translation>Theo mẫu thông báo Phụ lục II</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Not applied: the report changed meanwhile (see File › Commands not applied).</source>
        <translation>Chưa thực hiện: phản ánh đã thay đổi trong lúc đó (xem Tệp › Thao tác chưa được thực hiện).</translation>
    </message>
    <message>
        <source>The store refused it: %1</source>
        <translation>Máy chủ từ chối: %1</translation>
    </message>
    <message>
        <source>%1 is no longer available to you.</source>
        <translation>Bạn không còn xem được phản ánh %1.</translation>
    </message>
    <message>
        <source>Public report: the answer goes to the public feed and to the report&apos;s public timeline.</source>
        <translation>Phản ánh công khai: nội dung trả lời được công khai và đưa vào tiến trình xử lý công khai của phản ánh.</translation>
    </message>
    <message>
        <source>Confidential report: the answer goes to the reporter alone and is not published.</source>
        <translation>Phản ánh giữ bí mật: nội dung trả lời chỉ gửi riêng người phản ánh, không công khai.</translation>
    </message>
    <message>
        <source>State secret: the report is closed without publication and no notice is issued.</source>
        <translation>Bí mật nhà nước: phản ánh được đóng, không công khai và không phát hành thông báo.</translation>
    </message>
    <message>
        <source>Answer sent out under notice %1.</source>
        <translation>Đã phát hành nội dung trả lời theo thông báo số %1.</translation>
    </message>
    <message>
        <source>Closed without publication.</source>
        <translation>Đã đóng, không công khai.</translation>
    </message>
    <message>
        <source>A publication editor ends this step; you may edit and save the answer.</source>
        <translation>Biên tập viên thực hiện bước công khai; bạn có thể biên tập và lưu nội dung trả lời.</translation>
    </message>
    <message>
        <source>Publication deadline %1: %2</source>
        <extracomment>R-14; %1 the deadline&apos;s local time, %2 e.g. &quot;45 minutes left&quot; or &quot;overdue by 2 hours&quot;.</extracomment>
        <translation>Hạn công khai %1: %2</translation>
    </message>
    <message>
        <source>No Appendix II notice is issued for a state-secret report.</source>
        <translation>Không phát hành thông báo theo Phụ lục II đối với phản ánh thuộc bí mật nhà nước.</translation>
    </message>
    <message>
        <source>The command could not be saved to the outbox.</source>
        <translation>Không thể lưu thao tác vào hàng đợi gửi.</translation>
    </message>
    <message>
        <source>Offline: waiting in the outbox until the store is back.</source>
        <translation>Ngoại tuyến: thao tác được giữ trong hàng đợi gửi cho đến khi kết nối lại với máy chủ.</translation>
    </message>
    <message>
        <source>Sent: waiting for the store…</source>
        <translation>Đã gửi: đang chờ máy chủ thực hiện…</translation>
    </message>
    <message>
        <source>Done: the store applied it.</source>
        <translation>Xong: máy chủ đã thực hiện.</translation>
    </message>
    <message>
        <source>Publish the answer to %1? It goes to the public feed and the public timeline under the notice numbers the store gives it.</source>
        <translation>Công khai nội dung trả lời phản ánh %1? Nội dung được công khai cùng tiến trình xử lý, theo số thông báo do hệ thống cấp.</translation>
    </message>
    <message>
        <source>Send the answer of %1 to the reporter alone? It is not published.</source>
        <translation>Gửi nội dung trả lời phản ánh %1 riêng cho người phản ánh? Nội dung không được công khai.</translation>
    </message>
    <message>
        <source>Close %1 without publication? Nothing of its result is published.</source>
        <translation>Đóng phản ánh %1 mà không công khai? Kết quả xử lý không được công khai.</translation>
    </message>
    <message>
        <source>Save the notice as PDF</source>
        <translation>Lưu thông báo thành tệp PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Notice saved to %1.</source>
        <translation>Đã lưu thông báo vào %1.</translation>
    </message>
    <message>
        <source>The notice could not be saved to %1.</source>
        <translation>Không lưu được thông báo vào %1.</translation>
    </message>
    <message>
        <source>Notice %1</source>
        <translation>Thông báo %1</translation>
    </message>
    <message>
        <source>The notice could not be printed.</source>
        <translation>Không in được thông báo.</translation>
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
    <name>paht::ui::RemindDialog</name>
    <message>
        <source>Agency / report</source>
        <extracomment>Column: agency, then its reports. Glossary: Cơ quan xử lý</extracomment>
        <translation>Cơ quan xử lý / phản ánh</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Column. Vietnamese: Tiêu đề</extracomment>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Deadline</source>
        <extracomment>Column. Glossary: Hạn xử lý</extracomment>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <source>Reminded</source>
        <extracomment>Column: how many reminders were sent. Glossary: Nhắc nhở → &quot;Đã nhắc&quot;</extracomment>
        <translation>Số lần đã nhắc</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due soon</source>
        <extracomment>An agency&apos;s late assignments; %1 overdue, %2 due soon. Glossary: Quá hạn, Sắp đến hạn → &quot;%1 quá hạn, %2 sắp đến hạn&quot;</extracomment>
        <translation>%1 quá hạn, %2 sắp đến hạn</translation>
    </message>
    <message>
        <source>Nothing is overdue or due soon.</source>
        <extracomment>Vietnamese: &quot;Không có phản ánh nào quá hạn hoặc sắp đến hạn.&quot;</extracomment>
        <translation>Không có phản ánh nào quá hạn hoặc sắp đến hạn.</translation>
    </message>
    <message>
        <source>Note to the agency (optional):</source>
        <extracomment>The reminder&apos;s note to the agency (R-24). Vietnamese: &quot;Nội dung nhắc nhở (không bắt buộc):&quot;</extracomment>
        <translation>Nội dung nhắc nhở, đôn đốc (không bắt buộc):</translation>
    </message>
    <message>
        <source>Remind</source>
        <extracomment>Button (R-24). Glossary: Nhắc nhở, đôn đốc → &quot;Nhắc nhở&quot;</extracomment>
        <translation>Nhắc nhở</translation>
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
    <message>
        <source>Resolved: %1</source>
        <extracomment>After the escalation note: the committee&apos;s direction. Vietnamese: &quot;Ý kiến chỉ đạo: %1&quot;</extracomment>
        <translation>Ý kiến chỉ đạo: %1</translation>
    </message>
    <message>
        <source>Reporter flag</source>
        <extracomment>Row label (R-28). Vietnamese: Đánh giá người phản ánh</extracomment>
        <translation>Đánh giá người phản ánh</translation>
    </message>
</context>
<context>
    <name>paht::ui::ReportPane</name>
    <message>
        <source>Field report</source>
        <extracomment>Heading of the left half of the approval screen. Glossary: Phản ánh hiện trường</extracomment>
        <translation>Phản ánh hiện trường</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Hình ảnh</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Thời gian tiếp nhận</translation>
    </message>
    <message>
        <source>open the map</source>
        <translation>mở bản đồ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Center&apos;s instruction</source>
        <extracomment>The note the Operations Center wrote to the agency when it dispatched the report (R-7)</extracomment>
        <translation>Chỉ đạo của Trung tâm</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
</context>
<context>
    <name>paht::ui::ReportsScreen</name>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>&amp;Periodic reports…</source>
        <translation>Báo cáo &amp;định kỳ…</translation>
    </message>
    <message>
        <source>%1: due before %2</source>
        <extracomment>One due report in a notification; %1 the report, %2 the day it is due. Vietnamese: &quot;%1: hạn trước ngày %2&quot;</extracomment>
        <translation>%1: hạn trước ngày %2</translation>
    </message>
    <message>
        <source>A periodic report is due soon</source>
        <extracomment>Notification title (R-22). Vietnamese: &quot;Sắp đến hạn gửi báo cáo định kỳ&quot;</extracomment>
        <translation>Sắp đến hạn gửi báo cáo định kỳ</translation>
    </message>
</context>
<context>
    <name>paht::ui::ReportsWindow</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Open this report</source>
        <translation>&amp;Mở báo cáo này</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Xuất &amp;CSV…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Periodic reports</source>
        <extracomment>The window of the periodic reports (R-22). Glossary: Báo cáo (tháng, quý, năm, đột xuất)</extracomment>
        <translation>Báo cáo định kỳ</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Bảng số liệu</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Any period</source>
        <extracomment>Any run of days (an ad hoc report). Glossary: đột xuất</extracomment>
        <translation>Đột xuất (tùy chọn thời gian)</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <source>The whole province</source>
        <translation>Toàn tỉnh</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Phạm vi:</translation>
    </message>
    <message>
        <source>The period must end on or after its first day.</source>
        <translation>Ngày kết thúc kỳ báo cáo không được trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <source>The period has not ended yet: its figures are not final.</source>
        <translation>Kỳ báo cáo chưa kết thúc: số liệu chưa phải số liệu chính thức.</translation>
    </message>
    <message>
        <source>Next report due: %1, before %2 (figures from %3 to %4).</source>
        <extracomment>%1 the report (&quot;Báo cáo tháng 9 năm 2026&quot;), %2 the day it is due, %3–%4 the days its figures cover. Vietnamese: &quot;Báo cáo sắp đến hạn: %1, hạn trước ngày %2 (số liệu từ ngày %3 đến ngày %4).&quot;</extracomment>
        <translation>Báo cáo sắp đến hạn: %1, hạn trước ngày %2 (số liệu từ ngày %3 đến ngày %4).</translation>
    </message>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>Không ghi được tệp CSV: %1</translation>
    </message>
    <message>
        <source>The PDF file could not be written: %1</source>
        <translation>Không ghi được tệp PDF: %1</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Xuất báo cáo ra tệp CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Lưu báo cáo thành tệp PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>Không in được báo cáo.</translation>
    </message>
</context>
<context>
    <name>paht::ui::ResultEditor</name>
    <message>
        <source>Result of %1</source>
        <translation>Kết quả xử lý %1</translation>
    </message>
    <message>
        <source>What your agency found and did (required)</source>
        <translation>Kết quả kiểm tra, xử lý của cơ quan (bắt buộc)</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Gỡ tệp</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Gửi lãnh đạo phê duyệt</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Kết quả xử lý:</translation>
    </message>
    <message>
        <source>Photos (JPEG, PNG) and PDF documents:</source>
        <translation>Ảnh (JPEG, PNG) và tài liệu PDF:</translation>
    </message>
    <message>
        <source>Draft restored (saved %1).</source>
        <translation>Đã khôi phục bản nháp (lưu lúc %1).</translation>
    </message>
    <message>
        <source>Submit the result by</source>
        <extracomment>Before the R-10 deadline. Glossary: Kết quả xử lý → &quot;Gửi kết quả xử lý trước&quot;</extracomment>
        <translation>Gửi kết quả xử lý trước</translation>
    </message>
    <message>
        <source>Returned for rework by your leader: %1</source>
        <extracomment>R-12. Glossary: Trả lại để xử lý lại</extracomment>
        <translation>Lãnh đạo trả lại để xử lý lại: %1</translation>
    </message>
    <message>
        <source>%1 (attached earlier)</source>
        <extracomment>A file of the result the leader sent back, kept for the rework</extracomment>
        <translation>%1 (đã đính kèm trước đây)</translation>
    </message>
    <message>
        <source>The draft could not be saved on this computer.</source>
        <translation>Không thể lưu bản nháp trên máy này.</translation>
    </message>
    <message>
        <source>Draft saved on this computer at %1.</source>
        <translation>Đã lưu bản nháp trên máy này lúc %1.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>Photos and PDF documents (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Ảnh và tài liệu PDF (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>%1 is attached already.</source>
        <translation>Tệp %1 đã được đính kèm.</translation>
    </message>
    <message>
        <source>Write the result before submitting it.</source>
        <translation>Hãy nhập kết quả xử lý trước khi gửi.</translation>
    </message>
    <message>
        <source>The result could not be saved to the outbox; the draft is kept.</source>
        <translation>Không thể lưu kết quả vào hàng đợi gửi; bản nháp vẫn được giữ.</translation>
    </message>
</context>
<context>
    <name>paht::ui::ResultPane</name>
    <message>
        <source>History of the result</source>
        <extracomment>The versions of the result text (R-29)</extracomment>
        <translation>Lịch sử kết quả xử lý</translation>
    </message>
    <message>
        <source>Result</source>
        <extracomment>Heading of the right half of the approval screen. Glossary: Kết quả xử lý</extracomment>
        <translation>Kết quả xử lý</translation>
    </message>
    <message>
        <source>Attachments</source>
        <extracomment>Photos and documents attached to the result</extracomment>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Chuyên viên</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Thời gian trình</translation>
    </message>
    <message>
        <source>Approval deadline</source>
        <extracomment>The leader&apos;s deadline (R-12): its state, e.g. &quot;3 working hours left&quot;, and when it falls</extracomment>
        <translation>Hạn phê duyệt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Rework asked</source>
        <extracomment>The leader&apos;s reason when the result last went back to the specialist. Glossary: Trả lại để xử lý lại</extracomment>
        <translation>Yêu cầu xử lý lại</translation>
    </message>
    <message>
        <source>The first version:</source>
        <translation>Phiên bản đầu tiên:</translation>
    </message>
    <message>
        <source>Changes from the version before:</source>
        <translation>Thay đổi so với phiên bản trước:</translation>
    </message>
</context>
<context>
    <name>paht::ui::ReturnDialog</name>
    <message>
        <source>A report outside your agency&apos;s competence goes back to the Operations Center within %1 of receiving it.</source>
        <extracomment>R-11. %1 is e.g. &quot;1 working day&quot;. Vietnamese: &quot;Trả lại Trung tâm trong vòng %1 kể từ khi nhận&quot;</extracomment>
        <translation>Phản ánh không thuộc thẩm quyền của cơ quan phải được trả lại Trung tâm điều hành thành phố thông minh trong vòng %1 kể từ khi nhận.</translation>
    </message>
    <message>
        <source>Received by your agency: %1</source>
        <translation>Cơ quan nhận phản ánh lúc: %1</translation>
    </message>
    <message>
        <source>Return to the center by</source>
        <extracomment>Before the R-11 deadline. Glossary: Trả lại Trung tâm → &quot;Trả lại Trung tâm trước&quot;</extracomment>
        <translation>Trả lại Trung tâm trước</translation>
    </message>
    <message>
        <source>The limit has passed: the return will be recorded as late.</source>
        <translation>Đã quá hạn: việc trả lại sẽ được ghi nhận là trễ hạn.</translation>
    </message>
    <message>
        <source>Why this report is not your agency&apos;s competence (required)</source>
        <translation>Lý do phản ánh không thuộc thẩm quyền của cơ quan (bắt buộc)</translation>
    </message>
    <message>
        <source>Reason for the Operations Center:</source>
        <translation>Lý do gửi Trung tâm:</translation>
    </message>
</context>
<context>
    <name>paht::ui::SecretDialog</name>
    <message>
        <source>Copy</source>
        <extracomment>Copies a password or key to the clipboard. Vietnamese: &quot;Sao chép&quot;</extracomment>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Note it now: it cannot be shown again once this window is closed.</source>
        <extracomment>Vietnamese: &quot;Hãy ghi lại ngay: sau khi đóng cửa sổ này sẽ không xem lại được.&quot;</extracomment>
        <translation>Hãy ghi lại ngay: sau khi đóng cửa sổ này sẽ không xem lại được.</translation>
    </message>
</context>
<context>
    <name>paht::ui::SlaPolicyEditor</name>
    <message>
        <source>working days</source>
        <extracomment>Glossary: Ngày làm việc</extracomment>
        <translation>ngày làm việc</translation>
    </message>
    <message>
        <source>working hours</source>
        <extracomment>Glossary: Giờ làm việc</extracomment>
        <translation>giờ làm việc</translation>
    </message>
    <message>
        <source>SLA policy</source>
        <extracomment>Window title. Glossary: Hạn xử lý → &quot;Thời hạn xử lý các bước&quot;</extracomment>
        <translation>Thời hạn xử lý các bước</translation>
    </message>
    <message>
        <source>Time limit of each stage (Appendix I)</source>
        <extracomment>Vietnamese: &quot;Thời hạn của từng bước (Phụ lục I)&quot;</extracomment>
        <translation>Thời hạn của từng bước (Phụ lục I)</translation>
    </message>
    <message>
        <source>Time limits of a handling agency or a category</source>
        <extracomment>Vietnamese: &quot;Thời hạn riêng theo cơ quan xử lý, lĩnh vực&quot;</extracomment>
        <translation>Thời hạn riêng theo cơ quan xử lý, lĩnh vực</translation>
    </message>
    <message>
        <source>Stage</source>
        <extracomment>Column of the stage table. Vietnamese: &quot;Bước xử lý&quot;</extracomment>
        <translation>Bước xử lý</translation>
    </message>
    <message>
        <source>Time limit</source>
        <extracomment>Glossary: Hạn xử lý → &quot;Thời hạn&quot;</extracomment>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Due soon from (working minutes before)</source>
        <extracomment>Glossary: Sắp đến hạn → &quot;Báo sắp đến hạn trước (phút làm việc)&quot;</extracomment>
        <translation>Báo sắp đến hạn trước (phút làm việc)</translation>
    </message>
    <message>
        <source>Intake&apos;s clock stops while the center clarifies with the reporter (R-7)</source>
        <extracomment>R-7. Glossary: Làm rõ thông tin → &quot;Tạm dừng tính thời hạn tiếp nhận khi đang làm rõ thông tin với người phản ánh&quot;</extracomment>
        <translation>Tạm dừng tính thời hạn tiếp nhận khi đang làm rõ thông tin với người phản ánh (R-7)</translation>
    </message>
    <message>
        <source>Handling agency</source>
        <extracomment>Glossary: Cơ quan xử lý</extracomment>
        <translation>Cơ quan xử lý</translation>
    </message>
    <message>
        <source>Category</source>
        <extracomment>Glossary: Lĩnh vực</extracomment>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Add</source>
        <extracomment>Vietnamese: &quot;Thêm&quot;</extracomment>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <extracomment>Vietnamese: &quot;Xóa mục đã chọn&quot;</extracomment>
        <translation>Xóa mục đã chọn</translation>
    </message>
    <message>
        <source>Saving…</source>
        <extracomment>Vietnamese: &quot;Đang lưu…&quot;</extracomment>
        <translation>Đang lưu…</translation>
    </message>
</context>
<context>
    <name>paht::ui::SpecialistPanel</name>
    <message>
        <source>Accept by</source>
        <extracomment>Before the R-9 deadline. Glossary: Tiếp nhận xử lý → &quot;Tiếp nhận trước&quot;</extracomment>
        <translation>Tiếp nhận trước</translation>
    </message>
    <message>
        <source>Return to the center by</source>
        <extracomment>Before the R-11 deadline. Glossary: Trả lại Trung tâm → &quot;Trả lại Trung tâm trước&quot;</extracomment>
        <translation>Trả lại Trung tâm trước</translation>
    </message>
    <message>
        <source>Submit the result by</source>
        <extracomment>Before the R-10 deadline. Glossary: Kết quả xử lý → &quot;Gửi kết quả xử lý trước&quot;</extracomment>
        <translation>Gửi kết quả xử lý trước</translation>
    </message>
    <message>
        <source>Answer the reporter by</source>
        <extracomment>Before the R-18 deadline. Vietnamese: &quot;Trả lời người phản ánh trước&quot;</extracomment>
        <translation>Trả lời người phản ánh trước</translation>
    </message>
    <message>
        <source>Returned for rework by your leader: %1</source>
        <translation>Lãnh đạo trả lại để xử lý lại: %1</translation>
    </message>
    <message>
        <source>A draft of the result is saved on this computer (%1).</source>
        <translation>Bản nháp kết quả xử lý đã được lưu trên máy này (%1).</translation>
    </message>
</context>
<context>
    <name>paht::ui::SpecialistScreen</name>
    <message>
        <source>The command could not be saved to the outbox.</source>
        <translation>Không thể lưu thao tác vào hàng đợi gửi.</translation>
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
<context>
    <name>paht::ui::TimeRulesScreen</name>
    <message>
        <source>Working &amp;calendar…</source>
        <extracomment>Menu item. Glossary: Ngày làm việc → &quot;Lịch làm việc, ngày nghỉ…&quot;</extracomment>
        <translation>&amp;Lịch làm việc, ngày nghỉ…</translation>
    </message>
    <message>
        <source>&amp;SLA policy…</source>
        <extracomment>Menu item. Glossary: Hạn xử lý → &quot;Thời hạn xử lý…&quot;</extracomment>
        <translation>&amp;Thời hạn xử lý…</translation>
    </message>
    <message>
        <source>The current calendar and SLA policy could not be read from the store: %1</source>
        <extracomment>%1 the store&apos;s or the network&apos;s reason. Vietnamese: &quot;Không đọc được lịch làm việc và thời hạn hiện hành từ máy chủ: %1&quot;</extracomment>
        <translation>Không đọc được lịch làm việc và thời hạn xử lý hiện hành từ máy chủ: %1</translation>
    </message>
    <message>
        <source>The store cannot be reached: nothing was saved.</source>
        <extracomment>Vietnamese: &quot;Không kết nối được máy chủ: chưa lưu gì.&quot;</extracomment>
        <translation>Không kết nối được máy chủ: chưa lưu gì.</translation>
    </message>
    <message>
        <source>The store refused the change: %1</source>
        <extracomment>%1 the store&apos;s reason. Vietnamese: &quot;Máy chủ không chấp nhận: %1&quot;</extracomment>
        <translation>Máy chủ không chấp nhận thay đổi: %1</translation>
    </message>
    <message>
        <source>Saved: deadlines set from now on follow this calendar.</source>
        <extracomment>Glossary: Hạn xử lý → &quot;Đã lưu: hạn xử lý tính từ nay theo lịch này.&quot;</extracomment>
        <translation>Đã lưu: hạn xử lý đặt từ nay tính theo lịch này.</translation>
    </message>
    <message>
        <source>Saved: deadlines set from now on follow these time limits.</source>
        <extracomment>Glossary: Hạn xử lý → &quot;Đã lưu: hạn xử lý tính từ nay theo các thời hạn này.&quot;</extracomment>
        <translation>Đã lưu: hạn xử lý đặt từ nay tính theo các thời hạn này.</translation>
    </message>
</context>
<context>
    <name>paht::ui::UserAdmin</name>
    <message>
        <source>Staff accounts</source>
        <extracomment>Window title. Vietnamese: &quot;Tài khoản người dùng&quot;</extracomment>
        <translation>Tài khoản người dùng</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <extracomment>Vietnamese: &quot;Tạo tài khoản…&quot;</extracomment>
        <translation>&amp;Tạo tài khoản…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <extracomment>Vietnamese: &quot;Sửa…&quot;</extracomment>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <extracomment>Disables or enables the chosen account; the text changes with it. Vietnamese: &quot;Khóa tài khoản&quot;</extracomment>
        <translation>&amp;Khóa tài khoản</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <extracomment>Vietnamese: &quot;Đặt lại mật khẩu…&quot;</extracomment>
        <translation>Đặt &amp;lại mật khẩu…</translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <extracomment>Vietnamese: &quot;Mở khóa&quot; / &quot;Khóa tài khoản&quot;</extracomment>
        <translation>&amp;Mở khóa</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <extracomment>%n accounts listed. Vietnamese: &quot;%n tài khoản&quot;</extracomment>
        <translation>
            <numerusform>%n tài khoản</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable account</source>
        <extracomment>Window title. Vietnamese: &quot;Khóa tài khoản&quot;</extracomment>
        <translation>Khóa tài khoản</translation>
    </message>
    <message>
        <source>Disable the account %1 (%2)? Its sessions end at once and it cannot log in until it is enabled again.</source>
        <extracomment>%1 a username, %2 the person&apos;s name. Vietnamese: &quot;Khóa tài khoản %1 (%2)? Các phiên làm việc của tài khoản này kết thúc ngay và không đăng nhập được cho đến khi được mở khóa.&quot;</extracomment>
        <translation>Khóa tài khoản %1 (%2)? Các phiên làm việc của tài khoản này kết thúc ngay và không đăng nhập được cho đến khi được mở khóa.</translation>
    </message>
    <message>
        <source>Disable</source>
        <extracomment>Vietnamese: &quot;Khóa&quot;</extracomment>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Reset password</source>
        <extracomment>Window title. Vietnamese: &quot;Đặt lại mật khẩu&quot;</extracomment>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>Reset the password of %1? The current password stops working and the account&apos;s sessions end.</source>
        <extracomment>%1 a username. Vietnamese: &quot;Đặt lại mật khẩu của %1? Mật khẩu hiện tại hết hiệu lực và các phiên làm việc của tài khoản này kết thúc.&quot;</extracomment>
        <translation>Đặt lại mật khẩu của %1? Mật khẩu hiện tại hết hiệu lực và các phiên làm việc của tài khoản này kết thúc.</translation>
    </message>
    <message>
        <source>Reset</source>
        <extracomment>Vietnamese: &quot;Đặt lại&quot;</extracomment>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <extracomment>Window title. Vietnamese: &quot;Mật khẩu tạm thời&quot;</extracomment>
        <translation>Mật khẩu tạm thời</translation>
    </message>
    <message>
        <source>The temporary password of %1. Give it to the person directly.</source>
        <extracomment>%1 a username. Vietnamese: &quot;Mật khẩu tạm thời của %1. Hãy trao trực tiếp cho người dùng.&quot;</extracomment>
        <translation>Mật khẩu tạm thời của %1. Hãy trao trực tiếp cho người dùng.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Đã đặt lại mật khẩu của %1.</translation>
    </message>
</context>
<context>
    <name>paht::ui::UserDialog</name>
    <message>
        <source>New account</source>
        <extracomment>Window title. Vietnamese: &quot;Tạo tài khoản&quot;</extracomment>
        <translation>Tạo tài khoản</translation>
    </message>
    <message>
        <source>Account %1</source>
        <extracomment>Window title; %1 a username. Vietnamese: &quot;Sửa tài khoản %1&quot;</extracomment>
        <translation>Tài khoản %1</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <extracomment>Vietnamese: &quot;Tên đăng nhập:&quot;</extracomment>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <extracomment>Vietnamese: &quot;Họ và tên:&quot;</extracomment>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <extracomment>Vietnamese: &quot;Vai trò:&quot;</extracomment>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>(none: an account of the center)</source>
        <extracomment>No agency: an account of the Operations Center. Vietnamese: &quot;(Không: tài khoản của Trung tâm)&quot;</extracomment>
        <translation>(Không: tài khoản của Trung tâm)</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <extracomment>Glossary: Cơ quan xử lý → &quot;Cơ quan xử lý:&quot;</extracomment>
        <translation>&amp;Cơ quan xử lý:</translation>
    </message>
    <message>
        <source>May see reports holding state secrets</source>
        <extracomment>R-17. Glossary: Bí mật nhà nước → &quot;Được xem phản ánh có nội dung bí mật nhà nước&quot;</extracomment>
        <translation>Được xem phản ánh có nội dung bí mật nhà nước</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <extracomment>Vietnamese: &quot;Mật khẩu ban đầu:&quot;</extracomment>
        <translation>&amp;Mật khẩu ban đầu:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <extracomment>Vietnamese: &quot;Nhập lại mật khẩu:&quot;</extracomment>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
</context>
<context>
    <name>paht::ui::UserFilterBar</name>
    <message>
        <source>Find by username, name or agency…</source>
        <extracomment>Placeholder of the user list&apos;s search box. Vietnamese: &quot;Tìm theo tên đăng nhập, họ tên, cơ quan…&quot;</extracomment>
        <translation>Tìm theo tên đăng nhập, họ tên, cơ quan…</translation>
    </message>
    <message>
        <source>All roles</source>
        <extracomment>Vietnamese: &quot;Mọi vai trò&quot;</extracomment>
        <translation>Mọi vai trò</translation>
    </message>
    <message>
        <source>All agencies</source>
        <extracomment>Glossary: Cơ quan xử lý → &quot;Mọi cơ quan&quot;</extracomment>
        <translation>Mọi cơ quan</translation>
    </message>
</context>
</TS>
