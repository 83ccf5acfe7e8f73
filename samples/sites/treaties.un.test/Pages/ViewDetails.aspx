<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>United Nations Treaty Collection</title>
<link rel="canonical" href="http://treaties.un.test/Pages/ViewDetails.aspx?src=TREATY&amp;mtdsg_no=XVIII-16&amp;chapter=18&amp;clang=_en">
</head>
<body>
<div id="header"><a href="/">United Nations Treaty Collection</a> <ul class="nav"><li><a href="/Pages/Home.aspx">Home</a></li><li><a href="/Pages/ParticipationStatus.aspx">Status of Treaties</a></li></ul></div>
<div id="content">
  <div class="breadcrumb">Status of Treaties &gt; Chapter XVIII &gt; Penal Matters</div>
  <h1 class="treaty-title">16. United Nations Convention against Cybercrime; Strengthening International Cooperation for Combating Certain Crimes Committed by Means of Information and Communications Technology Systems and for the Sharing of Evidence in Electronic Form of Serious Crimes</h1>
  <div class="treaty-body">
    <div class="treaty-details">
      <p><b>Adoption:</b> New York, 24 December 2024</p>
      <p><b>Registration:</b> Not yet registered</p>
      <p><b>Status:</b> Signatories: 10. Parties: 4.</p>
      <p><b>Text:</b> General Assembly resolution A/RES/79/243</p>
      <p class="note">Note: The Convention was adopted by resolution 79/243 of the General Assembly of the United Nations on 24 December 2024. In accordance with its article 64, the Convention was opened for signature in Hanoi on 25 and 26 October 2025 and thereafter at United Nations Headquarters in New York.</p>
    </div>
    <div class="table-responsive">
      <table class="table table-striped" id="participants">
        <thead><tr><th>Participant</th><th>Signature</th><th>Ratification, Acceptance(A), Approval(AA), Accession(a)</th></tr></thead>
        <tbody>
        <tr><td>Algeria</td><td>25 Oct 2025</td><td></td></tr>
        <tr><td>Azerbaijan</td><td>25 Oct 2025</td><td></td></tr>
        <tr><td>Brazil</td><td>25 Oct 2025</td><td></td></tr>
        <tr><td>China</td><td>25 Oct 2025</td><td></td></tr>
        <tr><td>Egypt</td><td>25 Oct 2025</td><td></td></tr>
        <tr><td>Georgia</td><td></td><td>5 Feb 2026 a</td></tr>
        <tr><td>Kazakhstan</td><td>25 Oct 2025</td><td>14 Jan 2026</td></tr>
        <tr><td>Russian Federation</td><td>25 Oct 2025</td><td></td></tr>
        <tr><td>Türkiye</td><td>26 Oct 2025</td><td></td></tr>
        <tr><td>Uzbekistan</td><td>25 Oct 2025</td><td>30 Jan 2026 AA</td></tr>
        <tr><td>Viet Nam</td><td>25 Oct 2025</td><td>12 Dec 2025</td></tr>
        </tbody>
      </table>
    </div>
  </div>
  <div class="status-date">Status as at: 20-02-2026 05:00:21 EST</div>
</div>
<div id="footer">Copyright © United Nations</div>
</body>
</html>
